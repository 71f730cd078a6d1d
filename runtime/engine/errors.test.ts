import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { apply, start } from './interpreter.ts';
import {
  chain,
  ctx,
  DATA,
  definition,
  edge,
  node,
  refused,
  run,
  ACCEPT,
} from '../../test/engine/support/builder.ts';

describe('typed errors leave the dossier untouched', () => {
  const def = definition();

  it('unknown action, unknown role', () => {
    const { dossier } = run(def);
    expect(
      refused(def, dossier, { at: '2026-11-23T09:00', action: 'dance', role: 'reception' }, 'ACTION_UNKNOWN')
        .path,
    ).toBe('/action');
    expect(
      refused(def, dossier, { at: '2026-11-23T09:00', action: 'accept', role: 'janitor' }, 'ROLE_UNKNOWN')
        .path,
    ).toBe('/role');
    refused(
      def,
      dossier,
      { at: '2026-11-23T09:00', action: 'toString', role: 'reception' },
      'ACTION_UNKNOWN',
    );
    refused(def, dossier, { at: '2026-11-23T09:00', action: 'accept', role: '__proto__' }, 'ROLE_UNKNOWN');
  });

  it('wrong role, wrong unit', () => {
    const { dossier } = run(def);
    refused(def, dossier, { at: '2026-11-23T09:00', action: 'accept', role: 'citizen' }, 'ROLE_NOT_ALLOWED');
    refused(
      def,
      dossier,
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception', unit: 'X' },
      'UNIT_NOT_ALLOWED',
    );
  });

  it('an action out of order, or on a task already closed', () => {
    const { dossier } = run(def);
    const error = refused(
      def,
      dossier,
      { at: '2026-11-23T09:00', action: 'approve', role: 'leader' },
      'ACTION_NOT_AVAILABLE',
    );
    expect(error.details).toEqual({ openTasks: [{ node: 'reception', role: 'reception' }] });
    refused(
      def,
      dossier,
      { at: '2026-11-23T09:00', action: 'issue_result', role: 'leader' },
      'ACTION_NOT_AVAILABLE',
    );
    refused(
      def,
      dossier,
      { at: '2026-11-23T09:00', action: 'reply', role: 'specialist', input: { agree: true } },
      'ACTION_NOT_AVAILABLE',
    );
    const done = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
    ]).dossier;
    refused(
      def,
      done,
      { at: '2026-11-23T10:05', action: 'complete', role: 'specialist', node: 'appraisal' },
      'ACTION_NOT_AVAILABLE',
    );
    refused(
      def,
      done,
      { at: '2026-11-23T10:05', action: 'accept', role: 'reception' },
      'ACTION_NOT_AVAILABLE',
    );
  });

  it('a finished dossier', () => {
    const { dossier } = run(def, [
      { at: '2026-11-23T09:00', action: 'refuse', role: 'reception', input: { reason: 'Sai thẩm quyền' } },
    ]);
    refused(def, dossier, ACCEPT, 'DOSSIER_FINISHED');
  });

  it('input that is not an object, and an event that is not one', () => {
    const { dossier } = run(def);
    for (const input of [[1], 'x', null, 5]) {
      expect(refused(def, dossier, { ...ACCEPT, input: input as never }, 'INPUT_INVALID').path).toBe(
        '/input',
      );
    }
    for (const event of [null, 'accept', 7, []]) {
      const before = structuredClone(dossier);
      const result = apply(def, dossier, event as never, ctx('2026-11-23T09:00'));
      expect(result).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID' } });
      expect(dossier).toEqual(before);
    }
  });

  it('a time before the dossier’s last event', () => {
    const { dossier } = run(def, [ACCEPT]);
    const error = refused(
      def,
      dossier,
      { at: '2026-11-23T08:59', action: 'complete', role: 'specialist' },
      'TIME_OUT_OF_ORDER',
    );
    expect(error.message.en).toContain('2026-11-23T09:00:00+07:00');
    expect(
      run(def, [ACCEPT, { ...ACCEPT, at: '2026-11-23T09:00', action: 'complete', role: 'specialist' }])
        .dossier.status,
    ).toBe('processing');
  });
});

describe('a process that loops through automatic steps', () => {
  it('is stopped with PROCESS_LOOP, and nothing changes', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('r1', 'decision'),
      node('r2', 'decision'),
      node('end', 'end'),
    ];
    const edges = [
      ...chain('start', 'reception', 'r1'),
      edge('r1', 'r2', { '==': [{ var: 'kind' }, 'a'] }),
      edge('r1', 'end'),
      edge('r2', 'r1', { '==': [{ var: 'kind' }, 'a'] }),
      edge('r2', 'end'),
    ];
    const def = definition({ nodes, edges });
    const { dossier } = run(def, [], { data: { ...DATA, kind: 'a' } });
    refused(def, dossier, ACCEPT, 'PROCESS_LOOP');
    expect(run(def, [ACCEPT], { data: { ...DATA, kind: 'b' } }).dossier.status).toBe('completed');
  });
});

describe('start refuses', () => {
  it('an invalid definition, with the problems in the details', () => {
    const bad = definition({
      nodes: [node('start', 'start'), node('end', 'end'), node('lost', 'end')],
      edges: chain('start', 'end'),
    });
    const result = start(bad, { data: DATA, channel: 'online' }, ctx('2026-11-23T08:00'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DEFINITION_INVALID');
    expect(result.error.path).toBe('/process/nodes/2');
    expect((result.error.details as { code: string }[]).map((p) => p.code)).toContain('NODE_UNREACHABLE');
    const d = run(definition()).dossier;
    refused(bad, d, ACCEPT, 'DEFINITION_INVALID');
  });

  it('a definition that is not even the right shape', () => {
    const result = start(
      { code: 'x' } as unknown as ProcedureDefinition,
      { data: DATA, channel: 'online' },
      ctx('2026-11-23T08:00'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'DEFINITION_INVALID' } });
  });

  it('invalid form data, with every field’s path', () => {
    const result = start(
      definition(),
      { data: { name: 'A', copies: -1, kind: 'z' }, channel: 'online' },
      ctx('2026-11-23T08:00'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FORM_INVALID');
    const details = result.error.details as {
      path: string;
      code: string;
      message: { vi: string; en: string };
    }[];
    expect(details.map((e) => e.path)).toEqual(['/copies', '/kind', '/name']);
    expect(details.every((e) => e.message.vi && e.message.en)).toBe(true);
    expect(start(definition(), { data: {}, channel: 'online' }, ctx('2026-11-23T08:00'))).toMatchObject({
      ok: false,
      error: { code: 'FORM_INVALID', details: [{ path: '/name' }] },
    });
    expect(
      start(definition(), { data: [] as never, channel: 'online' }, ctx('2026-11-23T08:00')),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORM_INVALID' },
    });
  });

  it('an information-only procedure', () => {
    const result = start(
      definition({ level: 'info_only' }),
      { data: DATA, channel: 'online' },
      ctx('2026-11-23T08:00'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'PROCEDURE_INFO_ONLY' } });
  });

  it('a fee rule that gives no whole amount of VND', () => {
    const def = definition({
      fees: [
        {
          id: 'fee',
          kind: 'fee',
          label: { vi: 'Phí', en: 'Fee' },
          amount: { '/': [{ var: ['copies', 1] }, 3] },
        },
      ],
    });
    const result = start(def, { data: DATA, channel: 'online' }, ctx('2026-11-23T08:00'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FEE_INVALID_AMOUNT', path: '/fees/0/amount' },
    });
  });

  it('a processing-time rule that gives no duration, when the clock starts', () => {
    const nodes = [node('start', 'start'), node('reception', 'reception'), node('end', 'end')];
    const def = definition({
      nodes,
      edges: chain('start', 'reception', 'end'),
      processingTime: { rule: { '-': [0, 1] }, unit: 'working_days' },
    });
    const { dossier } = run(def);
    refused(def, dossier, ACCEPT, 'PROCESSING_TIME_INVALID');
  });
});
