/**
 * The one way React reaches the open draft: a context holding its store, and hooks that read a slice of it
 * (re-rendering only when that slice changes) or act on it.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DraftActions, DraftState, DraftStore } from './store.ts';

export const DraftContext = createContext<DraftStore | null>(null);

export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraftStore outside of a DraftContext');
  return store;
}

/** A slice of the draft; the component re-renders when the slice changes (Object.is). */
export function useDraft<T>(selector: (state: DraftState) => T): T {
  return useStore(useDraftStore(), selector);
}

/** The draft's actions: stable functions, never a reason to re-render. */
export function useDraftActions(): DraftActions {
  return useDraftStore().getState();
}

/** Whether there is a change to undo or to redo. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const store = useDraftStore();
  const canUndo = useStore(store.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (t) => t.futureStates.length > 0);
  return { canUndo, canRedo };
}
