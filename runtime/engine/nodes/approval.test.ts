import { describe, expect, it } from 'vitest';
import {
  chain,
  closed,
  definition,
  events,
  node,
  notified,
  opened,
  openNodes,
  refused,
  run,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';

const COMPLETE = { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' } as const;

function twoSteps(sign: Record<string, unknown> = {}) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('draft', 'task', { role: 'specialist' }),
    node('check', 'task', { role: 'specialist' }),
    node('sign', 'approval', sign),
    node('issue', 'result'),
    node('deliver', 'delivery'),
    node('end', 'end'),
  ];
  return definition({ nodes, edges: chain(...nodes.map((n) => n.id)) });
}

const toSign = [
  ACCEPT,
  { ...COMPLETE, node: 'draft' },
  { ...COMPLETE, node: 'check', at: '2026-11-23T10:30' },
];

describe('approval', () => {
  it('is held by a leader and approve moves on', () => {
    const def = twoSteps();
    const before = run(def, toSign);
    expect(before.dossier.tasks).toMatchObject([{ node: 'sign', role: 'leader' }]);
    const { dossier, last } = run(def, [
      ...toSign,
      { at: '2026-11-23T11:00', action: 'approve', role: 'leader' },
    ]);
    expect(closed(last)).toEqual([{ node: 'sign', outcome: 'approved' }]);
    expect(openNodes(dossier)).toEqual(['issue']);
  });

  it('only the leader approves', () => {
    const def = twoSteps();
    const { dossier } = run(def, toSign);
    refused(
      def,
      dossier,
      { at: '2026-11-23T11:00', action: 'approve', role: 'specialist' },
      'ROLE_NOT_ALLOWED',
    );
  });

  it('return, with a reason, goes back to the step before', () => {
    const def = twoSteps();
    const { dossier, last } = run(def, [
      ...toSign,
      { at: '2026-11-23T11:00', action: 'return', role: 'leader', input: { reason: 'Sai họ tên' } },
    ]);
    expect(closed(last)).toEqual([{ node: 'sign', outcome: 'returned' }]);
    expect(opened(last)).toMatchObject([{ node: 'check', role: 'specialist' }]);
    expect(dossier.history.at(-1)).toMatchObject({ event: 'return', input: { reason: 'Sai họ tên' } });
  });

  it('return goes to the configured step, and the work flows on from there again', () => {
    const def = twoSteps({ returnTo: 'draft' });
    const { dossier } = run(def, [
      ...toSign,
      { at: '2026-11-23T11:00', action: 'return', role: 'leader', input: { reasons: ['Bổ sung căn cứ'] } },
      { ...COMPLETE, at: '2026-11-23T13:30' },
      { ...COMPLETE, at: '2026-11-23T14:00' },
      { at: '2026-11-23T14:30', action: 'approve', role: 'leader' },
    ]);
    expect(openNodes(dossier)).toEqual(['issue']);
    expect(events(dossier)).toEqual([
      'submit',
      'accept',
      'complete',
      'complete',
      'return',
      'complete',
      'complete',
      'approve',
    ]);
    expect(dossier.tasks[0].id).toBe('t8');
  });

  it('return without a reason is refused', () => {
    const def = twoSteps();
    const { dossier } = run(def, toSign);
    refused(
      def,
      dossier,
      { at: '2026-11-23T11:00', action: 'return', role: 'leader' },
      'INPUT_REASON_REQUIRED',
    );
  });

  it('refuse is offered only when the approval allows it', () => {
    const input = { reason: 'Không đủ điều kiện' };
    const closedDef = twoSteps();
    refused(
      closedDef,
      run(closedDef, toSign).dossier,
      { at: '2026-11-23T11:00', action: 'refuse', role: 'leader', input },
      'ACTION_NOT_AVAILABLE',
    );
    const open = twoSteps({ allowRefuse: true });
    const { dossier, last } = run(open, [
      ...toSign,
      { at: '2026-11-23T11:00', action: 'refuse', role: 'leader', input },
    ]);
    expect(dossier.status).toBe('refused');
    expect(notified(last)).toContain('refused');
  });

  it('an approval configured for another role and unit is held there', () => {
    const def = twoSteps({ role: 'specialist', unit: 'SO_XD' });
    const { dossier } = run(def, toSign);
    expect(dossier.tasks).toMatchObject([{ node: 'sign', role: 'specialist', unit: 'SO_XD' }]);
    refused(def, dossier, { at: '2026-11-23T11:00', action: 'approve', role: 'leader' }, 'ROLE_NOT_ALLOWED');
    refused(
      def,
      dossier,
      { at: '2026-11-23T11:00', action: 'approve', role: 'specialist', unit: 'X' },
      'UNIT_NOT_ALLOWED',
    );
  });
});
