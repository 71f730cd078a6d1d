/**
 * The draft being edited: the whole definition, every change to it through `change`, undo and redo of each
 * change (zundo keeps the definitions before each one), what is selected, and where the draft stands against the
 * server. One store per open version; the React side reaches it only through ./hooks.ts.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

/** What is selected on the canvas (and shown in the properties panel). */
export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

/**
 * Where the draft stands against the server: `saved` (what is on screen is stored), `pending` (changes wait for
 * the next save), `saving`, `failed` (the server could not be reached or refused; tried again), `conflict` (saved
 * elsewhere meanwhile), `readonly` (a version that can no longer be edited).
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'readonly';

export interface SaveState {
  status: SaveStatus;
  /** The definition the server holds, as far as this page knows. */
  saved: ProcedureDefinition;
  /** Its content hash: sent with the next save, which the server refuses if the draft changed meanwhile. */
  baseHash: string;
  /** When the last save succeeded (ms), if one did on this page. */
  savedAt?: number;
  /** The failure of the last attempt (failed), or the content hash found on the server (conflict). */
  error?: unknown;
  theirHash?: string;
}

export interface DraftState {
  definition: ProcedureDefinition;
  selection: Selection;
  /**
   * A property to bring into view and focus in the properties panel (a problem was opened): its JSON pointer
   * within the selected element ("" for the element itself). A new object each time, so that opening the same
   * problem twice focuses it twice.
   */
  focus?: { path: string };
  save: SaveState;
}

export interface ChangeOptions {
  /**
   * Changes with the same key that follow each other within the coalescing window are one undo step: the
   * keystrokes typed into one field, a node moved by several arrow presses.
   */
  coalesce?: string;
  /** What to select once the change is made (a new node, the pasted elements). */
  select?: Selection;
}

export interface DraftActions {
  change(recipe: (definition: ProcedureDefinition) => ProcedureDefinition, options?: ChangeOptions): void;
  select(selection: Selection, focusPath?: string): void;
  setSave(save: Partial<SaveState>): void;
  /** Replaces the draft with the server's (reload after a conflict): what was before cannot be undone to. */
  reset(definition: ProcedureDefinition, baseHash: string): void;
  undo(): void;
  redo(): void;
}

export type DraftStore = ReturnType<typeof createDraftStore>;

export const NOTHING_SELECTED: Selection = { nodes: [], edges: [] };

/** Keystrokes (and key presses) closer together than this are one undo step. */
export const COALESCE_MS = 1000;

/** How many changes can be undone. */
const HISTORY_LIMIT = 500;

export function createDraftStore(
  definition: ProcedureDefinition,
  {
    baseHash,
    readonly = false,
    now = Date.now,
  }: { baseHash: string; readonly?: boolean; now?: () => number },
) {
  let last: { key: string; at: number } | undefined;

  const store = createStore<DraftState & DraftActions>()(
    temporal(
      (set, get) => ({
        definition,
        selection: NOTHING_SELECTED,
        save: { status: readonly ? 'readonly' : 'saved', saved: definition, baseHash },
        change(recipe, options = {}) {
          if (get().save.status === 'readonly') return;
          const next = recipe(get().definition);
          if (next === get().definition) return;
          const at = now();
          const joins =
            options.coalesce !== undefined && last?.key === options.coalesce && at - last.at < COALESCE_MS;
          last = options.coalesce === undefined ? undefined : { key: options.coalesce, at };
          const temporalState = store.temporal.getState();
          if (joins) temporalState.pause();
          set({ definition: next, ...(options.select ? { selection: options.select } : {}) });
          if (joins) temporalState.resume();
        },
        select(selection, focusPath) {
          set({ selection, focus: focusPath === undefined ? undefined : { path: focusPath } });
        },
        setSave(save) {
          set({ save: { ...get().save, ...save } });
        },
        reset(next, hash) {
          last = undefined;
          set({
            definition: next,
            selection: NOTHING_SELECTED,
            focus: undefined,
            save: { status: 'saved', saved: next, baseHash: hash },
          });
          store.temporal.getState().clear();
        },
        undo() {
          last = undefined;
          store.temporal.getState().undo();
          set({ selection: existing(get().definition, get().selection) });
        },
        redo() {
          last = undefined;
          store.temporal.getState().redo();
          set({ selection: existing(get().definition, get().selection) });
        },
      }),
      {
        partialize: (state) => ({ definition: state.definition }),
        // Selecting, saving and focusing are not changes of the draft: only a new definition is an undo step.
        equality: (past, current) => past.definition === current.definition,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

/** The selection without what no longer exists (after an undo or a redo). */
function existing(definition: ProcedureDefinition, selection: Selection): Selection {
  const nodes = new Set(definition.process.nodes.map((n) => n.id));
  const edges = new Set(definition.process.edges.map((e) => e.id));
  const kept = {
    nodes: selection.nodes.filter((id) => nodes.has(id)),
    edges: selection.edges.filter((id) => edges.has(id)),
  };
  return kept.nodes.length === selection.nodes.length && kept.edges.length === selection.edges.length
    ? selection
    : kept;
}
