import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { example } from '../../test/support/examples.ts';
import { AUTOSAVE_DELAY_MS, startAutosave, type SaveRequest } from './autosave.ts';
import type { DraftBackup, UnsavedDraft } from './backup.ts';
import { createDraftStore } from './store.ts';

class Conflict extends Error {
  constructor(readonly theirs: string) {
    super('DRAFT_CONFLICT');
  }
}

const rename = (vi: string) => (d: ProcedureDefinition) => ({ ...d, name: { ...d.name, vi } });

function setup() {
  const store = createDraftStore(example('household-business'), { baseHash: 'h0', now: () => 0 });
  const sent: SaveRequest[] = [];
  let answer: (request: SaveRequest) => Promise<{ contentHash: string }> = () =>
    Promise.resolve({ contentHash: `h${sent.length}` });
  let kept: UnsavedDraft | undefined;
  const backup: DraftBackup = {
    read: () => kept,
    write: (d) => void (kept = d),
    clear: () => void (kept = undefined),
  };
  const autosave = startAutosave(store, {
    save: (request) => {
      sent.push(request);
      return answer(request);
    },
    conflictHash: (error) => (error instanceof Conflict ? error.theirs : undefined),
    backup,
    now: () => 42,
  });
  return {
    store,
    sent,
    autosave,
    kept: () => kept,
    answer: (f: typeof answer) => void (answer = f),
    get: () => store.getState(),
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('autosave', () => {
  it('saves once the changes stop, with the hash it was based on, then the next hash', async () => {
    const { sent, get, kept } = setup();
    get().change(rename('a'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    get().change(rename('ab'));
    expect(get().save.status).toBe('pending');
    expect(kept()?.definition.name.vi).toBe('ab');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(sent.map((s) => [s.definition.name.vi, s.baseHash])).toEqual([['ab', 'h0']]);
    expect(get().save).toMatchObject({ status: 'saved', baseHash: 'h1', savedAt: 42 });
    expect(kept()).toBeUndefined();
    get().change(rename('abc'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(sent.map((s) => s.baseHash)).toEqual(['h0', 'h1']);
  });

  it('saves nothing on opening, nor after undoing back to what the server holds', async () => {
    const { sent, get, kept } = setup();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    get().change(rename('x'));
    get().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(sent).toHaveLength(0);
    expect(get().save.status).toBe('saved');
    expect(kept()).toBeUndefined();
  });

  it('saves again what changed while a save was on its way', async () => {
    const { sent, get, answer } = setup();
    let release!: () => void;
    answer(() => new Promise((resolve) => (release = () => resolve({ contentHash: 'h1' }))));
    get().change(rename('first'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(get().save.status).toBe('saving');
    get().change(rename('second'));
    answer(() => Promise.resolve({ contentHash: 'h2' }));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(get().save.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(sent.map((s) => [s.definition.name.vi, s.baseHash])).toEqual([
      ['first', 'h0'],
      ['second', 'h1'],
    ]);
    expect(get().save.status).toBe('saved');
  });

  it('stops on a conflict, keeps the copy, and overwrites with the hash found on the server when asked', async () => {
    const { sent, get, answer, autosave, kept } = setup();
    answer(() => Promise.reject(new Conflict('theirs')));
    get().change(rename('mine'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(get().save).toMatchObject({ status: 'conflict', theirHash: 'theirs' });
    get().change(rename('mine, more'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 10);
    expect(sent).toHaveLength(1);
    expect(kept()?.definition.name.vi).toBe('mine, more');
    answer(() => Promise.resolve({ contentHash: 'h-new' }));
    await autosave.overwrite();
    expect(sent.at(-1)).toMatchObject({ baseHash: 'theirs', definition: { name: { vi: 'mine, more' } } });
    expect(get().save).toMatchObject({ status: 'saved', baseHash: 'h-new' });
    expect(kept()).toBeUndefined();
  });

  it('tries again after a failure, and saves at once when flushed (leaving the page)', async () => {
    const { sent, get, answer, autosave } = setup();
    answer(() => Promise.reject(new Error('offline')));
    get().change(rename('x'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(get().save.status).toBe('failed');
    answer(() => Promise.resolve({ contentHash: 'h2' }));
    await autosave.flush();
    expect(sent).toHaveLength(2);
    expect(get().save.status).toBe('saved');
  });
});
