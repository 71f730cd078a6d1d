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
}

export const EDITOR_TABS: readonly EditorTab[] = [
  {
    key: 'process',
    Component: lazy(async () => ({ default: (await import('../process/ProcessTab.tsx')).ProcessTab })),
  },
  {
    key: 'form',
    Component: lazy(async () => ({ default: (await import('../form/FormTab.tsx')).FormTab })),
  },
  {
    key: 'components',
    Component: lazy(async () => ({ default: (await import('../settings/ComponentsTab.tsx')).ComponentsTab })),
  },
  {
    key: 'fees',
    Component: lazy(async () => ({ default: (await import('../settings/FeesTab.tsx')).FeesTab })),
  },
  {
    key: 'time',
    Component: lazy(async () => ({ default: (await import('../settings/TimeTab.tsx')).TimeTab })),
  },
  {
    key: 'simulate',
    Component: lazy(async () => ({ default: (await import('../simulate/SimulateTab.tsx')).SimulateTab })),
  },
  {
    key: 'review',
    Component: lazy(async () => ({ default: (await import('../review/ReviewTab.tsx')).ReviewTab })),
  },
];
