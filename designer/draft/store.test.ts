import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { example } from '../../test/support/examples.ts';
import { COALESCE_MS, createDraftStore } from './store.ts';

const rename = (vi: string) => (d: ProcedureDefinition) => ({ ...d, name: { ...d.name, vi } });

function draft(readonly = false) {
  let clock = 0;
  const definition = example('birth-registration');
  const store = createDraftStore(definition, { baseHash: 'h0', readonly, now: () => clock });
  return { store, definition, tick: (ms: number) => (clock += ms), get: () => store.getState() };
}

describe('the draft store', () => {
  it('undoes and redoes each change, back to the very object it started from', () => {
    const { store, definition, get } = draft();
    get().change(rename('A'));
    get().change(rename('B'));
    expect(get().definition.name.vi).toBe('B');
    get().undo();
    expect(get().definition.name.vi).toBe('A');
    get().undo();
    expect(get().definition).toBe(definition);
    get().redo();
    get().redo();
    expect(get().definition.name.vi).toBe('B');
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });

  it('makes one undo step of keystrokes in one field, and a new one after a pause or in another field', () => {
    const { definition, get, tick } = draft();
    for (const text of ['K', 'Kh', 'Kha']) {
      get().change(rename(text), { coalesce: 'name.vi' });
      tick(200);
    }
    tick(COALESCE_MS);
    get().change(rename('Khai'), { coalesce: 'name.vi' });
    tick(10);
    get().change((d) => ({ ...d, sector: 'x' }), { coalesce: 'sector' });
    get().undo();
    expect(get().definition.name.vi).toBe('Khai');
    get().undo();
    expect(get().definition.name.vi).toBe('Kha');
    get().undo();
    expect(get().definition).toBe(definition);
  });

  it('records no step for selecting, saving, or a change that changes nothing', () => {
    const { store, get } = draft();
    get().select({ nodes: ['start'], edges: [] });
    get().setSave({ status: 'saving' });
    get().change((d) => d);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('drops from the selection what an undo removes', () => {
    const { get } = draft();
    get().change(
      (d) => ({
        ...d,
        process: {
          ...d.process,
          nodes: [...d.process.nodes, { id: 'n', type: 'task', position: { x: 0, y: 0 } }],
        },
      }),
      { select: { nodes: ['n', 'start'], edges: [] } },
    );
    expect(get().selection.nodes).toEqual(['n', 'start']);
    get().undo();
    expect(get().selection.nodes).toEqual(['start']);
  });

  it('changes nothing in a version that can no longer be edited', () => {
    const { definition, get } = draft(true);
    get().change(rename('X'));
    expect(get().definition).toBe(definition);
    expect(get().save.status).toBe('readonly');
  });

  it('starts afresh on a reset: the server’s draft, saved, nothing to undo', () => {
    const { store, get } = draft();
    get().change(rename('mine'));
    const theirs = example('judicial-record');
    get().reset(theirs, 'h9');
    expect(get().definition).toBe(theirs);
    expect(get().save).toEqual({ status: 'saved', saved: theirs, baseHash: 'h9' });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
