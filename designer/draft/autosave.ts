/**
 * Autosave: a short moment after the changes stop, the draft goes to the server with the content hash it was
 * based on. Until the server has it, a copy waits in the browser (./backup.ts). A save refused because the draft
 * was saved elsewhere meanwhile stops autosaving and asks the person (reload or overwrite); any other failure is
 * tried again later. Nothing here knows the network: `save` is given.
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { DraftBackup } from './backup.ts';
import type { DraftStore } from './store.ts';

export interface SaveRequest {
  definition: ProcedureDefinition;
  baseHash: string;
}

export interface AutosaveOptions {
  /** Stores the draft; resolves with its new content hash. */
  save(request: SaveRequest): Promise<{ contentHash: string }>;
  /** The content hash on the server when `error` says the draft was saved elsewhere (409 DRAFT_CONFLICT). */
  conflictHash(error: unknown): string | undefined;
  backup: DraftBackup;
  /** Quiet time after the last change before saving (ms). */
  delay?: number;
  /** Wait before trying again after a failure (ms). */
  retryDelay?: number;
  now?: () => number;
}

export interface Autosave {
  /** Saves now what is not saved yet (leaving the page); resolves when the server has it or refused it. */
  flush(): Promise<void>;
  /** After a conflict: save this page's draft over the one saved elsewhere. */
  overwrite(): Promise<void>;
  stop(): void;
}

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAY_MS = 10_000;

export function startAutosave(store: DraftStore, options: AutosaveOptions): Autosave {
  const { delay = AUTOSAVE_DELAY_MS, retryDelay = RETRY_DELAY_MS, now = Date.now, backup } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  const state = () => store.getState();

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  async function run(): Promise<void> {
    clearTimeout(timer);
    if (running) return running;
    const { definition, save } = state();
    if (save.status === 'conflict' || save.status === 'readonly' || definition === save.saved) return;
    state().setSave({ status: 'saving' });
    running = (async () => {
      try {
        const { contentHash } = await options.save({ definition, baseHash: save.baseHash });
        const dirty = state().definition !== definition;
        state().setSave({
          status: dirty ? 'pending' : 'saved',
          saved: definition,
          baseHash: contentHash,
          savedAt: now(),
          error: undefined,
        });
        if (dirty) schedule(delay);
        else backup.clear();
      } catch (error) {
        const theirHash = options.conflictHash(error);
        state().setSave(theirHash ? { status: 'conflict', theirHash, error } : { status: 'failed', error });
        if (!theirHash) schedule(retryDelay);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  const unsubscribe = store.subscribe((current, previous) => {
    if (current.definition === previous.definition) return;
    const { status, saved } = current.save;
    if (status === 'readonly') return;
    if (current.definition === saved) {
      // Undone back to what the server holds: nothing to save.
      clearTimeout(timer);
      backup.clear();
      if (status === 'pending' || status === 'failed') state().setSave({ status: 'saved' });
      return;
    }
    backup.write({ definition: current.definition, baseHash: current.save.baseHash, at: now() });
    if (status === 'conflict') return;
    if (status !== 'saving') state().setSave({ status: 'pending' });
    schedule(delay);
  });

  return {
    async flush() {
      await running;
      await run();
    },
    async overwrite() {
      const { theirHash } = state().save;
      if (state().save.status !== 'conflict' || !theirHash) return;
      state().setSave({ status: 'pending', baseHash: theirHash, theirHash: undefined, error: undefined });
      await run();
    },
    stop() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
