/**
 * The editor's tabs, in order: one module each, loaded when first opened. A new tab (form, components, fees,
 * time and settings, results, simulate, review) is one entry here and its module; it reads and changes the
 * draft through designer/draft/hooks.ts.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';
import type { vi } from '../../runtime/web/i18n/vi.ts';

export interface EditorTab {
  /** In the URL (/designer/versions/:id/<key>), and its name's key in the words (`designer.editor.tabs.<key>`). */
  key: keyof (typeof vi)['designer']['editor']['tabs'];
  Component: ComponentType;
  /** Its module: loaded when the tab is first shown, or ahead when its address is opened. */
  load(): Promise<{ default: ComponentType }>;
}

/**
 * A tab whose module is here already (loaded ahead, or shown before) is drawn at once. Through `lazy` alone its
 * first drawing would suspend even then, and React holds back content that replaces a fallback by up to 300 ms.
 */
function tab(key: EditorTab['key'], importer: EditorTab['load']): EditorTab {
  let loaded: ComponentType | undefined;
  let loading: ReturnType<EditorTab['load']> | undefined;
  const load = () =>
    (loading ??= importer().then(
      (module) => ((loaded = module.default), module),
      (error: unknown) => {
        // A failed download (the network, a new release) is tried again when the tab is shown again.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(load);
  // Chosen once, when the tab is mounted: changing the type later would mount the tab again and lose its state.
  const Component = () => createElement(useState(() => loaded ?? Lazy)[0]);
  return { key, load, Component };
}

export const EDITOR_TABS: readonly EditorTab[] = [
  tab('process', async () => ({ default: (await import('../process/ProcessTab.tsx')).ProcessTab })),
  tab('form', async () => ({ default: (await import('../form/FormTab.tsx')).FormTab })),
  tab('components', async () => ({ default: (await import('../settings/ComponentsTab.tsx')).ComponentsTab })),
  tab('fees', async () => ({ default: (await import('../settings/FeesTab.tsx')).FeesTab })),
  tab('time', async () => ({ default: (await import('../settings/TimeTab.tsx')).TimeTab })),
  tab('simulate', async () => ({ default: (await import('../simulate/SimulateTab.tsx')).SimulateTab })),
  tab('review', async () => ({ default: (await import('../review/ReviewTab.tsx')).ReviewTab })),
];

/** Starts loading the module of the tab at `key` (the first tab without one), so that it is there when shown. */
export function preloadTab(key: string | undefined): void {
  const found = EDITOR_TABS.find((t) => t.key === key) ?? EDITOR_TABS[0];
  void found.load().catch(() => undefined);
}
