/**
 * An open version: its draft store, autosave to the server with the content hash last seen, and the unsaved copy
 * kept in the browser. Made once per version and dropped when the page closes.
 */
import { useEffect, useState } from 'react';
import { trpcClient } from '../../runtime/web/api/client.ts';
import type { vi } from '../../runtime/web/i18n/vi.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { startAutosave, type Autosave } from '../draft/autosave.ts';
import { browserBackup, type DraftBackup } from '../draft/backup.ts';
import { createDraftStore, type DraftStore } from '../draft/store.ts';

/** The states of a version (their words: `designer.status.<state>`). */
export type VersionStatus = keyof (typeof vi)['designer']['status'];

export interface OpenVersion {
  id: string;
  status: VersionStatus;
  contentHash: string;
  definition: ProcedureDefinition;
}

/** Versions that can still be edited: a draft, or one sent back by the approver (saving makes it a draft again). */
export const EDITABLE: readonly VersionStatus[] = ['draft', 'rejected'];

export interface EditorSession {
  store: DraftStore;
  autosave: Autosave;
  backup: DraftBackup;
}

/** The content hash the server found, when a save was refused because the draft was saved elsewhere. */
export function conflictHash(error: unknown): string | undefined {
  const body = (error as { data?: { error?: { code?: string; details?: { contentHash?: unknown } } } }).data
    ?.error;
  const hash = body?.details?.contentHash;
  return body?.code === 'DRAFT_CONFLICT' && typeof hash === 'string' ? hash : undefined;
}

export function useEditorSession(version: OpenVersion | undefined): EditorSession | undefined {
  const [session, setSession] = useState<EditorSession>();
  const id = version?.id;
  useEffect(() => {
    if (!version) return;
    const store = createDraftStore(version.definition, {
      baseHash: version.contentHash,
      readonly: !EDITABLE.includes(version.status),
    });
    const backup = browserBackup(version.id);
    const autosave = startAutosave(store, {
      save: async ({ definition, baseHash }) =>
        (await trpcClient.designer.saveDraft.mutate({ id: version.id, definition, baseHash })).version,
      conflictHash,
      backup,
    });
    setSession({ store, autosave, backup });
    return () => {
      void autosave.flush();
      autosave.stop();
    };
    // One session per version id: later refetches of the same version must not replace the draft being edited.
  }, [id]);
  return session?.store && id ? session : undefined;
}
