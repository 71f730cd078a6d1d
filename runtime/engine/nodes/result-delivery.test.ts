import { describe, expect, it } from 'vitest';
import {
  at,
  chain,
  closed,
  definition,
  node,
  notified,
  ofType,
  openNodes,
  refused,
  run,
  timersCleared,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';
import type { ResultDocument } from '../../../schemas/procedure.ts';
import { lint } from '../lint/index.ts';
import { dossierView } from '../view.ts';

const PERMIT: ResultDocument = { id: 'permit', name: { vi: 'Giấy phép', en: 'Permit' }, electronic: true };

function resultProcess(methods?: string[], results: ResultDocument[] = [PERMIT]) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('issue', 'result', { document: 'permit' }),
    node('deliver', 'delivery', methods ? { methods } : {}),
    node('end', 'end'),
  ];
  return definition({
    nodes,
    edges: chain(...nodes.map((n) => n.id)),
    results,
  });
}

describe('result', () => {
  const def = resultProcess();
  const ISSUE = { at: '2026-11-24T10:00', action: 'issue_result', role: 'leader' } as const;

  it('issues the result: resultAt, a result_issued effect naming the document, the applicant told', () => {
    const { dossier, last } = run(def, [ACCEPT, ISSUE]);
    expect(dossier.resultAt).toBe(at('2026-11-24T10:00'));
    expect(ofType(last, 'result_issued')).toEqual([
      { type: 'result_issued', node: 'issue', document: 'permit' },
    ]);
    expect(notified(last)).toContain('result_ready');
    expect(closed(last)).toEqual([{ node: 'issue', outcome: 'issued' }]);
    expect(dossier.status).toBe('result_ready');
    expect(openNodes(dossier)).toEqual(['deliver']);
  });

  it('carries the result file the officer named to the server, and refuses one that is not a text', () => {
    const { last } = run(def, [ACCEPT, { ...ISSUE, input: { file: 'f-1' } }]);
    expect(ofType(last, 'result_issued')).toEqual([
      { type: 'result_issued', node: 'issue', document: 'permit', file: 'f-1' },
    ]);
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, { ...ISSUE, input: { file: 7 } }, 'INPUT_INVALID');
  });

  it('only the leader issues', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, { ...ISSUE, role: 'specialist' }, 'ROLE_NOT_ALLOWED');
  });

  it('once issued the dossier can no longer be withdrawn, and its due timers are stale', () => {
    const { dossier } = run(def, [ACCEPT, ISSUE]);
    refused(
      def,
      dossier,
      { at: '2026-11-24T11:00', action: 'withdraw', role: 'citizen' },
      'WITHDRAW_TOO_LATE',
    );
    refused(def, dossier, { at: '2026-11-26T09:00', timer: 'dossier_due' }, 'TIMER_STALE');
  });
});

describe('delivery', () => {
  it('returns the result by an allowed method and completes the dossier, judged on the result time', () => {
    const def = resultProcess(['counter', 'post']);
    const { dossier, last } = run(def, [
      ACCEPT,
      { at: '2026-11-24T10:00', action: 'issue_result', role: 'leader' },
      { at: '2026-11-30T10:00', action: 'deliver_result', role: 'reception', input: { method: 'post' } },
    ]);
    expect(closed(last)).toEqual([{ node: 'deliver', outcome: 'delivered_post' }]);
    expect(dossier).toMatchObject({
      status: 'completed',
      outcome: 'issued',
      finishedAt: at('2026-11-30T10:00'),
      timing: 'early',
      tasks: [],
    });
    expect(timersCleared(last)).toEqual(['dossier_due', 'dossier_warning']);
    expect(notified(last)).toEqual(['finished_issued']);
  });

  it('a method the step does not allow, or none, is refused', () => {
    const def = resultProcess(['counter']);
    const { dossier } = run(def, [
      ACCEPT,
      { at: '2026-11-24T10:00', action: 'issue_result', role: 'leader' },
    ]);
    const deliver = (input?: Record<string, unknown>) => ({
      at: '2026-11-24T11:00',
      action: 'deliver_result',
      role: 'reception',
      input,
    });
    expect(refused(def, dossier, deliver({ method: 'online' }), 'INPUT_INVALID').path).toBe('/input/method');
    refused(def, dossier, deliver(), 'INPUT_INVALID');
    refused(def, dossier, deliver({ method: 7 }), 'INPUT_INVALID');
  });

  it('without methods configured, online, counter and post are allowed', () => {
    const def = resultProcess();
    for (const method of ['online', 'counter', 'post']) {
      const { dossier } = run(def, [
        ACCEPT,
        { at: '2026-11-24T10:00', action: 'issue_result', role: 'leader' },
        { at: '2026-11-24T11:00', action: 'deliver_result', role: 'reception', input: { method } },
      ]);
      expect(dossier.status).toBe('completed');
    }
  });
});

describe('a result to be collected in person', () => {
  const CARD: ResultDocument = { id: 'card', name: { vi: 'Thẻ', en: 'Card' }, delivery: 'in_person' };
  const ISSUED = [ACCEPT, { at: '2026-11-24T10:00', action: 'issue_result', role: 'leader' }] as const;
  const deliver = (method: string) => ({
    at: '2026-11-24T11:00',
    action: 'deliver_result',
    role: 'reception',
    input: { method },
  });

  it('refuses online and postal delivery at the method, and is handed over at the counter', () => {
    const def = resultProcess(undefined, [{ ...PERMIT, delivery: 'in_person' }]);
    const { dossier } = run(def, [...ISSUED]);
    for (const method of ['online', 'post']) {
      const error = refused(def, dossier, deliver(method), 'RESULT_IN_PERSON');
      expect(error.path).toBe('/input/method');
      expect(error.message.vi).toContain('Giấy phép');
    }
    expect(run(def, [...ISSUED, deliver('counter')]).dossier.status).toBe('completed');
  });

  it('only the documents the dossier is issued count: another in-person result does not bind it', () => {
    const def = resultProcess(undefined, [PERMIT, CARD]);
    expect(run(def, [...ISSUED, deliver('online')]).dossier.status).toBe('completed');
  });

  it('the view says what to collect in person and where, from submission on; null when any method will do', () => {
    const def = resultProcess(undefined, [{ ...PERMIT, delivery: 'in_person' }]);
    const { dossier } = run(def);
    expect(dossierView(dossier, def).resultDelivery).toEqual({
      inPerson: true,
      unit: dossier.unit,
      documents: [{ id: 'permit', name: PERMIT.name }],
    });
    expect(dossierView(dossier, resultProcess()).resultDelivery).toBeNull();
    expect(dossierView(dossier)).not.toHaveProperty('resultDelivery');
  });

  it('lint: a delivery step that cannot hand over at the counter while a result must be collected in person', () => {
    const problems = lint(resultProcess(['online', 'post'], [PERMIT, CARD]));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['RESULT_IN_PERSON_NO_COUNTER', '/process/nodes/3/config/methods'],
    ]);
    expect(lint(resultProcess(['counter'], [CARD])).map((p) => p.code)).not.toContain(
      'RESULT_IN_PERSON_NO_COUNTER',
    );
  });
});
