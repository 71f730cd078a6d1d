/** A version diff as rows to read: per part (steps, fields…), each item added, removed or changed, by its name. */
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/http/trpc/router.ts';

type VersionDiff = inferRouterOutputs<AppRouter>['designer']['diff'];
export type ChangeKind = 'added' | 'removed' | 'changed';
export type DiffPart = 'nodes' | 'edges' | 'fields' | 'components' | 'fees' | 'processingTime';
export interface ChangeRow {
  kind: ChangeKind;
  id: string;
  label: string;
  /** The processing time before and after, for the words on screen. */
  time?: { from?: unknown; to?: unknown };
}

const PARTS = ['nodes', 'edges', 'fields', 'components', 'fees'] as const;

/** The item's name in the language on screen, else its id or path. */
function labelOf(item: unknown, language: 'vi' | 'en'): string {
  const { id, path, name, label, title } = (item ?? {}) as Record<string, unknown>;
  const key = typeof id === 'string' ? id : typeof path === 'string' ? path : '';
  for (const words of [name, label, title]) {
    if (typeof words === 'string' && words) return `${words} (${key})`;
    const localized = (words as Record<string, unknown> | undefined)?.[language];
    if (typeof localized === 'string' && localized) return `${localized} (${key})`;
  }
  return key;
}

export function changeRows(
  diff: VersionDiff,
  language: 'vi' | 'en',
): { part: DiffPart; rows: ChangeRow[] }[] {
  const groups: { part: DiffPart; rows: ChangeRow[] }[] = PARTS.map((part) => {
    const { added, removed, changed } = diff[part];
    const row = (kind: ChangeKind, item: unknown): ChangeRow => {
      const label = labelOf(item, language);
      return { kind, id: label, label };
    };
    return {
      part,
      rows: [
        ...added.map((item) => row('added', item)),
        ...removed.map((item) => row('removed', item)),
        ...changed.map((c) => ({ ...row('changed', c.to), id: c.id })),
      ],
    };
  });
  if (diff.processingTime) {
    groups.push({
      part: 'processingTime',
      rows: [{ kind: 'changed', id: 'processingTime', label: '', time: diff.processingTime }],
    });
  }
  return groups.filter((g) => g.rows.length > 0);
}
