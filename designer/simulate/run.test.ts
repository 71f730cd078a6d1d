import { describe, expect, it } from 'vitest';
import { checkCalendar, runSavedScenarios, type Scenario } from '../../runtime/engine/index.ts';
import { parseInstant } from '../../runtime/engine/index.ts';
import { example, scenario as scenarioFile } from '../../test/support/examples.ts';
import { advance } from './clock.ts';
import { sampleInput } from './input.ts';
import { offers, replay, takeStep, undoStep } from './run.ts';
import { toSavedScenario, withSaved, runAll } from './scenario.ts';

const birth = example('birth-registration');
const { definition: _file, steps: _steps, ...file } = scenarioFile('birth-registration');
const start: Scenario = { ...file, steps: [] };
const calendar = (() => {
  const checked = checkCalendar(undefined);
  if (!checked.ok) throw new Error('default calendar');
  return checked.calendar;
})();
const sample = (key: string) => (key === 'reference' ? 'BL-0001' : `Thử ${key}`);

/** Takes the offered step `action` one working hour after the run's last moment, with sample input. */
function step(run: Scenario, action: string): Scenario {
  const { result, now } = replay(birth, run);
  if (!result.ok) throw new Error(result.error.message.en);
  const at = advance(calendar, now, { value: 1, unit: 'working_hours' });
  const offer = offers(birth, result.dossier, at, calendar).steps.find((o) => o.action === action);
  if (!offer) throw new Error(`${action} is not offered`);
  return takeStep(run, offer, at, sampleInput(offer.input, at, sample));
}

describe('a simulated run', () => {
  it('offers reception the work of the reception step after submission, as reception', () => {
    const { result, effects, now } = replay(birth, start);
    expect(result.ok && result.dossier.status).toBe('submitted');
    expect(effects).toHaveLength(1);
    expect(now).toBe(parseInstant('2026-11-23T14:10:00+07:00'));
    const open = result.ok ? offers(birth, result.dossier, now, calendar) : undefined;
    expect(open?.steps.map((o) => `${o.action}:${o.role}@${o.node}`)).toEqual([
      'accept:reception@reception',
      'request_supplement:reception@reception',
      'refuse:reception@reception',
    ]);
    expect(open?.dossier.map((o) => o.action)).toContain('withdraw');
  });

  it('steps to the result, paying the fee due with sample input, each step timed by working hours', () => {
    let run = start;
    for (const action of ['accept', 'pay', 'complete', 'approve', 'issue_result', 'deliver_result']) {
      run = step(run, action);
    }
    const { result, effects } = replay(birth, run);
    expect(result.ok && result.dossier.status).toBe('completed');
    expect(run.steps?.[1]).toMatchObject({
      role: 'reception',
      action: 'pay',
      node: 'payment',
      input: { amount: 16_000, method: 'counter', reference: 'BL-0001' },
    });
    // Submitted 14:10 Monday, then one working hour each: 15:10, 16:10, Tuesday 07:40 (closing at 17:00).
    expect(run.steps?.slice(0, 3).map((s) => s.at)).toEqual([
      '2026-11-23T15:10:00+07:00',
      '2026-11-23T16:10:00+07:00',
      '2026-11-24T07:40:00+07:00',
    ]);
    expect(effects).toHaveLength(7);
    expect(effects[1].some((e) => e.type === 'slip' && e.form === '01')).toBe(true);
  });

  it('takes the last step back', () => {
    const accepted = step(start, 'accept');
    expect(undoStep(accepted)).toEqual(start);
  });

  it('keeps what went before a step the engine refuses, with the refusal', () => {
    const wrong: Scenario = {
      ...start,
      steps: [{ at: '2026-11-23T15:00', role: 'leader', action: 'approve' }],
    };
    const { result, effects } = replay(birth, wrong);
    expect(result.ok ? 'ran' : result.step).toBe(0);
    expect(effects).toHaveLength(1);
  });
});

describe('a run saved as a scenario', () => {
  it('expects the end it reached, which publishing then checks', () => {
    const run = step(start, 'accept');
    const end = replay(birth, run).result;
    if (!end.ok) throw new Error(end.error.message.en);
    const saved = toSavedScenario('Nộp đúng hạn', run, end.dossier);
    expect(saved.expect).toEqual({ status: 'awaiting_payment', nodes: ['payment'], feeTotal: 16_000 });
    const draft = { ...birth, scenarios: withSaved([], saved) };
    expect(runSavedScenarios(draft)).toBeUndefined();
    // A fee changed afterwards fails it, with the reason: the total differs.
    const dearer = { ...draft, fees: draft.fees.map((f) => ({ ...f, amount: 10_000 })) };
    expect(runAll(dearer)[0].failure?.message.vi).toContain('cần 16000 đồng');
  });

  it('replaces a scenario of the same name, and adds one of a new name', () => {
    const a = { name: 'A', scenario: {} };
    const b = { name: 'B', scenario: {} };
    const a2 = { name: 'A', scenario: { until: 'x' } };
    expect(withSaved([a, b], a2)).toEqual([a2, b]);
    expect(withSaved([a], b)).toEqual([a, b]);
  });
});
