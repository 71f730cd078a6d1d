/**
 * The editor's tabs, in order: one module each, loaded when first opened. A new tab (form, components, fees,
 * time and settings, results, simulate, review) is one entry here and its module; it reads and changes the
 * draft through designer/draft/hooks.ts.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { vi } from '../../runtime/web/i18n/vi.ts';

export interface EditorTab {
  /** In the URL (/designer/versions/:id/<key>), and its name's key in the words (`designer.editor.tabs.<key>`). */
  key: keyof (typeof vi)['designer']['editor']['tabs'];
  Component: LazyExoticComponent<ComponentType>;
  /** Its module: loaded when the tab is first shown, or ahead when its address is opened. */
  load(): Promise<{ default: ComponentType }>;
}

function tab(key: EditorTab['key'], load: EditorTab['load']): EditorTab {
  return { key, load, Component: lazy(load) };
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
