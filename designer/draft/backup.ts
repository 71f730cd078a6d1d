/**
 * The unsaved draft kept in this browser (localStorage) until the server has it: after a crash, a closed tab or a
 * lost connection, opening the version again offers it back. Storage may be refused (private mode, full): then
 * there is no copy, and nothing fails.
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

export interface UnsavedDraft {
  definition: ProcedureDefinition;
  /** The content hash the unsaved changes were made on. */
  baseHash: string;
  /** When the last change was made (ms). */
  at: number;
}

export interface DraftBackup {
  read(): UnsavedDraft | undefined;
  write(draft: UnsavedDraft): void;
  clear(): void;
}

const key = (versionId: string) => `motcua.designer.unsaved.${versionId}`;

export function browserBackup(versionId: string, storage: Storage = localStorage): DraftBackup {
  return {
    read() {
      try {
        const text = storage.getItem(key(versionId));
        const value = text === null ? undefined : (JSON.parse(text) as Partial<UnsavedDraft>);
        return value?.definition && typeof value.baseHash === 'string' && typeof value.at === 'number'
          ? (value as UnsavedDraft)
          : undefined;
      } catch {
        return undefined;
      }
    },
    write(draft) {
      try {
        storage.setItem(key(versionId), JSON.stringify(draft));
      } catch {
        // No room or no permission: the server copy is all there is.
      }
    },
    clear() {
      try {
        storage.removeItem(key(versionId));
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}
