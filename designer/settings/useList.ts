/** One of the definition's lists (components, fees, results, legal basis) as the draft holds it, and its edits (one change each). */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { moveItem, replaceItem } from './list.ts';

type ListKey = 'components' | 'fees' | 'results' | 'legalBasis';

/** A list and its edits, as `useList` gives them. */
export interface ListEdits<Item> {
  list: Item[];
  readonly: boolean;
  add(item: Item): void;
  remove(index: number): void;
  move(from: number, to: number): void;
  /** Typing into one item's field is one undo step per field. */
  update(index: number, item: Item, field: string): void;
}

export function useList<K extends ListKey>(key: K): ListEdits<ProcedureDefinition[K][number]> {
  const { change } = useDraftActions();
  const list = useDraft((s) => s.definition[key]);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  type Item = ProcedureDefinition[K][number];
  const set = (recipe: (items: Item[]) => Item[], coalesce?: string) =>
    change(
      (d) => ({ ...d, [key]: recipe(d[key] as Item[]) }),
      coalesce === undefined ? {} : { coalesce: `${key}:${coalesce}` },
    );
  return {
    list: list as Item[],
    readonly,
    add: (item: Item) => set((items) => [...items, item]),
    remove: (index: number) => set((items) => items.filter((_, i) => i !== index)),
    move: (from: number, to: number) => set((items) => moveItem(items, from, to)),
    update: (index: number, item: Item, field: string) =>
      set((items) => replaceItem(items, index, item), `${index}:${field}`),
  };
}
