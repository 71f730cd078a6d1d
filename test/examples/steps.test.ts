/**
 * What the example processes refuse, and where they wait: the scenario files edited in memory (cut short, or with
 * one step changed) and run through the engine's simulate.
 */
import { describe, expect, it } from 'vitest';
import { dossierView } from '../../runtime/engine/index.ts';
import type { ScenarioFile } from '../support/examples.ts';
import {
  COMMUNE,
  CONSULTED,
  firstSteps,
  POLICE_COMMUNE,
  POLICE_PROVINCE,
  runScenario,
  SOCIAL_INSURANCE,
  timeline,
  viewOf,
} from './helpers.ts';

/** Runs a scenario (edited, or as it is) that must be refused, and returns the refusal. */
function refusal(file: string, edit?: (s: ScenarioFile) => void) {
  const result = runScenario(file, edit);
  if (result.ok) throw new Error(`${file}: expected a refused step, but the scenario ran through`);
  return result;
}

/** Replaces step `i` by a copy with some fields changed. */
function changeStep(i: number, change: Record<string, unknown>) {
  return (s: ScenarioFile) => {
    s.steps![i] = { ...s.steps![i], ...change };
  };
}

/** Keeps the first `n` steps and adds one more. */
function thenStep(n: number, step: Record<string, unknown>) {
  return (s: ScenarioFile) => {
    firstSteps(n)(s);
    s.steps.push(step as never);
  };
}

describe('an illegal step stops the scenario with a typed error and the last good dossier', () => {
  it('a citizen cannot approve (birth-registration-illegal.scenario.json)', () => {
    const result = refusal('birth-registration-illegal.scenario.json');
    expect(result.step).toBe(3);
    expect(result.error.code).toBe('ROLE_NOT_ALLOWED');
    expect(result.error.message.vi).toContain('citizen');
    expect(result.error.message.en).toContain('leader');
    const view = dossierView(result.dossier!);
    expect(view.status).toBe('processing');
    expect(view.openTasks).toEqual([
      { node: 'sign', role: 'leader', unit: COMMUNE, dueAt: '2026-11-23T10:40:00+07:00' },
    ]);
    expect(view.history.map((h) => h.event)).toEqual(['submit', 'accept', 'pay', 'complete']);
  });

  it('an adult claiming the child exemption is refused at submission, with the reason at the category (judicial-record-child-illegal.scenario.json)', () => {
    const result = refusal('judicial-record-child-illegal.scenario.json');
    expect(result.step).toBe('submit');
    expect(result.error).toMatchObject({ code: 'FORM_INVALID', path: '/applicantCategory' });
    expect(result.error.details).toEqual([
      {
        path: '/applicantCategory',
        code: 'FORM_CHECK_FAILED',
        message: {
          vi: expect.stringContaining('dưới 16 tuổi'),
          en: expect.stringContaining('under 16'),
        },
      },
    ]);
    // The same answers for a child born 16 years ago tomorrow are taken.
    const child = runScenario('judicial-record-child-illegal.scenario.json', (s) => {
      (s.submit.data.applicant as { birthDate: string }).birthDate = '2010-11-24';
    });
    expect(child.ok).toBe(true);
  });

  it('steps out of time order are refused', () => {
    const result = refusal(
      'judicial-record.scenario.json',
      changeStep(1, { at: '2026-11-23T09:10:00+07:00' }),
    );
    expect(result.step).toBe(1);
    expect(result.error.code).toBe('SCENARIO_TIME_ORDER');
  });

  it('nothing more happens to a finished dossier', () => {
    const result = refusal('birth-registration.scenario.json', (s) => {
      s.steps!.push({ at: '2026-11-23T16:30:00+07:00', role: 'citizen', action: 'withdraw' });
    });
    expect(result.step).toBe(6);
    expect(result.error.code).toBe('DOSSIER_FINISHED');
  });
});

describe('payment', () => {
  it('after acceptance the birth registration waits for the citizen to pay', () => {
    const view = viewOf('birth-registration.scenario.json', firstSteps(1));
    expect(view.status).toBe('awaiting_payment');
    expect(view.fees).toMatchObject({ total: 16000, paid: 0 });
    expect(view.openTasks).toEqual([{ node: 'payment', role: 'citizen', unit: COMMUNE, dueAt: null }]);
  });

  it('the citizen must pay the exact total', () => {
    const result = refusal(
      'birth-registration.scenario.json',
      changeStep(1, { input: { amount: 8000, method: 'online' } }),
    );
    expect(result.step).toBe(1);
    expect(result.error.code).toBe('PAYMENT_AMOUNT_MISMATCH');
    expect(result.error.message.en).toContain('16000');
  });

  it('nothing to pay (born within 60 days, no copies): the payment step passes by itself', () => {
    const view = viewOf('birth-registration.scenario.json', (s) => {
      s.submit.data.extractCopies = 0;
      s.steps!.splice(1, 1);
    });
    expect(view.status).toBe('completed');
    expect(view.timing).toBe('on_time');
    expect(view.fees).toMatchObject({ total: 0, paid: 0 });
    expect(view.history.map((h) => h.event)).not.toContain('pay');
  });

  it('judicial record: the verification cannot start before the payment', () => {
    const result = refusal('judicial-record.scenario.json', (s) => {
      s.steps = [s.steps![0], { ...s.steps![2], at: '2026-11-23T09:45:00+07:00' }];
    });
    expect(result.step).toBe(1);
    expect(result.error.code).toBe('ACTION_NOT_AVAILABLE');
    const view = dossierView(result.dossier!);
    expect(view.status).toBe('awaiting_payment');
    expect(view.openTasks).toEqual([
      { node: 'payment', role: 'citizen', unit: POLICE_PROVINCE, dueAt: null },
    ]);
  });
});

describe('judicial record: the leader returns the work', () => {
  it('a return reopens the verification for the specialist', () => {
    const view = viewOf('judicial-record.scenario.json', firstSteps(4));
    expect(view.status).toBe('processing');
    expect(view.openTasks).toEqual([
      { node: 'verify', role: 'specialist', unit: POLICE_PROVINCE, dueAt: null },
    ]);
  });

  it('a return needs written reasons', () => {
    const result = refusal('judicial-record.scenario.json', changeStep(3, { input: {} }));
    expect(result.step).toBe(3);
    expect(result.error.code).toBe('INPUT_REASON_REQUIRED');
  });
});

describe('house building permit: the published internal split (reception 1 day, appraisal 10, return 1)', () => {
  it('reception has one working day from the submission: Mon 2 Nov 08:00 → Tue 3 Nov 08:00', () => {
    const view = viewOf('house-building-permit.scenario.json', firstSteps(0));
    expect(view.status).toBe('submitted');
    expect(view.dueAt).toBeNull();
    expect(view.openTasks).toEqual([
      { node: 'reception', role: 'reception', unit: COMMUNE, dueAt: '2026-11-03T08:00:00+07:00' },
    ]);
  });

  it('the technical office has ten working days from acceptance: Mon 2 Nov 10:00 → Mon 16 Nov 10:00', () => {
    const view = viewOf('house-building-permit.scenario.json', firstSteps(1));
    expect(view.status).toBe('received');
    expect(view.dueAt).toBe('2026-11-23T10:00:00+07:00');
    expect(view.openTasks).toEqual([
      { node: 'technical_appraisal', role: 'specialist', unit: COMMUNE, dueAt: '2026-11-16T10:00:00+07:00' },
    ]);
  });

  // The result comes at Wed 25 Nov 15:30, after the cut-off: the return's working day counts from Thu 07:30.
  it('the return has one working day from the (deemed) arrival of the result: Thu 26 Nov 07:30 → 17:00', () => {
    const view = viewOf('house-building-permit.scenario.json', firstSteps(6));
    expect(view.status).toBe('result_ready');
    expect(view.openTasks).toEqual([
      { node: 'deliver', role: 'reception', unit: COMMUNE, dueAt: '2026-11-26T17:00:00+07:00' },
    ]);
  });
});

describe('house building permit: supplement during processing (pause)', () => {
  it('while the applicant supplements, no work is open and the due time has not moved yet', () => {
    const view = viewOf('house-building-permit.scenario.json', firstSteps(2));
    expect(view.status).toBe('awaiting_supplement');
    expect(view.openTasks).toEqual([]);
    expect(view.dueAt).toBe('2026-11-23T10:00:00+07:00');
  });

  it('after the supplement the appraisal reopens with the working time it had left', () => {
    // At the pause (Thu 5 Nov 14:00) the appraisal had until Mon 16 Nov 10:00: 3 + 8 + 40 + 2.5 = 53.5 working
    // hours. From Tue 10 Nov 09:00: 6.5 h that day, Wed 11 – Tue 17 (40 h), 7 h on Wed 18 → 16:00.
    const view = viewOf('house-building-permit.scenario.json', firstSteps(3));
    expect(view.status).toBe('processing');
    expect(view.dueAt).toBe('2026-11-25T16:00:00+07:00');
    expect(view.openTasks).toEqual([
      { node: 'technical_appraisal', role: 'specialist', unit: COMMUNE, dueAt: '2026-11-18T16:00:00+07:00' },
    ]);
  });

  it('no work is taken while the dossier waits for the supplement', () => {
    const result = refusal(
      'house-building-permit.scenario.json',
      thenStep(2, { at: '2026-11-06T09:00:00+07:00', role: 'specialist', action: 'complete' }),
    );
    expect(result.error.code).toBe('DOSSIER_AWAITING_SUPPLEMENT');
  });

  it('a supplement is asked for only once during processing', () => {
    const result = refusal(
      'house-building-permit.scenario.json',
      thenStep(3, {
        at: '2026-11-11T09:00:00+07:00',
        role: 'specialist',
        action: 'request_supplement',
        input: { reason: 'Thiếu bản vẽ móng' },
      }),
    );
    expect(result.step).toBe(3);
    expect(result.error.code).toBe('SUPPLEMENT_ALREADY_REQUESTED');
  });
});

describe('house building permit: extension', () => {
  const extend = (at: string, change: Record<string, unknown> = {}) =>
    thenStep(2, {
      at,
      role: 'leader',
      action: 'extend',
      input: { reason: 'Cần thêm ý kiến', promisedAt: '2026-11-27T17:00:00+07:00' },
      ...change,
    });

  it('only once', () => {
    const result = refusal('house-building-permit-extension.scenario.json', (s) => {
      s.steps = [...s.steps!.slice(0, 3), { ...s.steps![2], at: '2026-11-20T09:30:00+07:00' }];
    });
    expect(result.step).toBe(3);
    expect(result.error.code).toBe('EXTEND_ALREADY_USED');
  });

  it('only before the due time', () => {
    const result = refusal(
      'house-building-permit-extension.scenario.json',
      extend('2026-11-23T10:00:00+07:00'),
    );
    expect(result.error.code).toBe('EXTEND_TOO_LATE');
  });

  it('to a time after the due time', () => {
    const result = refusal(
      'house-building-permit-extension.scenario.json',
      extend('2026-11-20T09:00:00+07:00', {
        input: { reason: 'x', promisedAt: '2026-11-23T09:00:00+07:00' },
      }),
    );
    expect(result.error.code).toBe('EXTEND_BAD_TIME');
  });

  it('by the agency, not the applicant', () => {
    const result = refusal(
      'house-building-permit-extension.scenario.json',
      extend('2026-11-20T09:00:00+07:00', { role: 'citizen' }),
    );
    expect(result.error.code).toBe('ROLE_NOT_ALLOWED');
  });
});

describe('household business: consultation', () => {
  it('the consulted unit holds a reply task due one working day later', () => {
    const view = viewOf('household-business.scenario.json', firstSteps(3));
    expect(view.openTasks).toEqual([
      { node: 'consult', role: 'specialist', unit: CONSULTED, dueAt: '2026-11-24T14:30:00+07:00' },
    ]);
  });

  it('the handling unit cannot reply in the consulted unit’s place', () => {
    const result = refusal('household-business.scenario.json', changeStep(3, { unit: COMMUNE }));
    expect(result.step).toBe(3);
    expect(result.error.code).toBe('UNIT_NOT_ALLOWED');
  });

  it('after silence has agreed, a late reply is refused', () => {
    const result = refusal('household-business-silence.scenario.json', (s) => {
      s.steps!.push({
        at: '2026-11-24T15:00:00+07:00',
        role: 'specialist',
        action: 'reply',
        unit: CONSULTED,
        input: { agree: false },
      });
    });
    expect(result.error.code).toBe('ACTION_NOT_AVAILABLE');
  });

  it('a reply must say whether the unit agrees', () => {
    const result = refusal('household-business.scenario.json', changeStep(3, { input: { text: 'Đồng ý' } }));
    expect(result.error.code).toBe('INPUT_INVALID');
  });
});

describe('birth, residence and insurance: parallel hand-offs joined before the result', () => {
  it('the join waits for social insurance after the police have finished', () => {
    const view = viewOf('birth-residence-insurance.scenario.json', firstSteps(4));
    expect(view.status).toBe('processing');
    expect(view.openTasks).toEqual([
      { node: 'insurance', role: 'specialist', unit: SOCIAL_INSURANCE, dueAt: null },
    ]);
  });

  it('the split opens one task per unit', () => {
    const view = viewOf('birth-residence-insurance.scenario.json', firstSteps(3));
    expect(view.openTasks).toEqual([
      { node: 'residence', role: 'specialist', unit: POLICE_COMMUNE, dueAt: null },
      { node: 'insurance', role: 'specialist', unit: SOCIAL_INSURANCE, dueAt: null },
    ]);
  });

  it('the result cannot be issued before both branches are done', () => {
    const result = refusal(
      'birth-residence-insurance.scenario.json',
      thenStep(4, { at: '2026-11-24T11:00:00+07:00', role: 'leader', action: 'issue_result' }),
    );
    expect(result.error.code).toBe('ACTION_NOT_AVAILABLE');
  });

  it('either order of the branches reaches the same end', () => {
    const view = viewOf('birth-residence-insurance.scenario.json', (s) => {
      s.steps![3] = { ...s.steps![3], unit: SOCIAL_INSURANCE };
      s.steps![4] = { ...s.steps![4], unit: POLICE_COMMUNE };
    });
    expect(view.status).toBe('completed');
    expect(timeline(view).slice(4, 6)).toEqual([
      `2026-11-24T10:00:00+07:00 complete specialist insurance ${SOCIAL_INSURANCE} → processing`,
      `2026-11-25T14:00:00+07:00 complete specialist residence ${POLICE_COMMUNE} → processing`,
    ]);
  });

  it('with two steps waiting, an action must name its unit or step', () => {
    const result = refusal('birth-residence-insurance.scenario.json', changeStep(3, { unit: undefined }));
    expect(result.error.code).toBe('NODE_REQUIRED');
  });

  it('a unit cannot complete another unit’s hand-off', () => {
    const result = refusal(
      'birth-residence-insurance.scenario.json',
      changeStep(3, { node: 'insurance', unit: POLICE_COMMUNE }),
    );
    expect(result.error.code).toBe('UNIT_NOT_ALLOWED');
  });
});

describe('cut-off: the scenario’s calendar, unless the procedure has its own', () => {
  // Household business sets no cut-off; birth registration sets 15:00 (the law that announces it says so).
  const late = (s: ScenarioFile) => {
    s.calendar = { cutoff: '16:30' };
    s.steps = [{ ...s.steps![0], at: '2026-11-23T16:00:00+07:00' }];
    delete s.until;
  };

  it('a procedure without one follows the calendar’s 16:30', () => {
    expect(viewOf('household-business.scenario.json', late).deemedReceivedAt).toBe(
      '2026-11-23T16:00:00+07:00',
    );
  });

  it('a procedure’s own 15:00 wins over the calendar’s', () => {
    expect(viewOf('birth-registration.scenario.json', late).deemedReceivedAt).toBe(
      '2026-11-24T07:30:00+07:00',
    );
  });
});
