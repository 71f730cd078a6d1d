/**
 * The application's draft, kept by the server so that it can be taken up again on another device: read once when
 * the page opens, then saved a moment after each change (a save is one audited write: not one per keystroke),
 * each save naming the revision it replaces. A save refused because another device saved since is not retried:
 * the person chooses which copy to keep. Once the application is filed, nothing more is saved (the server has
 * dropped the draft with the submission).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { trpcClient } from '../../api/client.ts';
import { serverError } from '../../api/errors.ts';
import type { Application } from './ApplyFlow.tsx';

/** Quiet time after the last change before the draft is saved. */
export const SAVE_AFTER_MS = 1500;
/** After a save that did not get through (no connection): when to try again. */
const RETRY_AFTER_MS = 10_000;

export type DraftState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'conflict' };

export const draftQuery = (code: string) => ({
  queryKey: ['portal', 'draft', code],
  queryFn: () =>
    trpcClient.drafts.get.query({ code }).catch((error: unknown) => {
      if (serverError(error)?.code === 'DRAFT_NOT_FOUND') return null;
      throw error;
    }),
  staleTime: 0,
  gcTime: 0,
});

export function useDraft(code: string) {
  const loaded = useQuery(draftQuery(code));
  const [state, setState] = useState<DraftState>({ kind: 'idle' });
  const revision = useRef<number | undefined>(undefined);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; latest?: Application; stopped: boolean }>({
    stopped: false,
  });
  if (revision.current === undefined && loaded.data) revision.current = loaded.data.revision;

  const save = useCallback(
    async (replaceAnything = false) => {
      const latest = pending.current.latest;
      if (!latest || pending.current.stopped) return;
      setState({ kind: 'saving' });
      try {
        const saved = await trpcClient.drafts.save.mutate({
          code,
          data: (latest.answers ?? {}) as Record<string, unknown>,
          attachments: latest.files.map((f) => f.id),
          ...(replaceAnything || revision.current === undefined ? {} : { revision: revision.current }),
        });
        if (pending.current.stopped) return;
        revision.current = saved.revision;
        setState({ kind: 'saved', at: saved.updatedAt });
      } catch (error) {
        if (pending.current.stopped) return;
        const conflict = serverError(error)?.code === 'DRAFT_CHANGED';
        setState({ kind: conflict ? 'conflict' : 'failed' });
        if (!conflict) pending.current.timer = setTimeout(() => void save(), RETRY_AFTER_MS);
      }
    },
    [code],
  );

  const keep = useCallback(
    (application: Application) => {
      const p = pending.current;
      if (p.stopped) return;
      p.latest = application;
      clearTimeout(p.timer);
      p.timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  /** While the application is being filed, and once it is, no save may go (it would bring the draft back). */
  const hold = useCallback((held: boolean) => {
    pending.current.stopped = held;
    clearTimeout(pending.current.timer);
  }, []);

  useEffect(() => () => clearTimeout(pending.current.timer), []);

  return { loaded, state, keep, hold, keepThisCopy: () => void save(true) };
}
