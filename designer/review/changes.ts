/** A version diff as rows to read: per part (steps, fields…), each item added, removed or changed, by its name. */
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/http/trpc/router.ts';

export type VersionDiff = inferRouterOutputs<AppRouter>['designer']['diff'];
export type ReviewTarget = inferRouterOutputs<AppRouter>['designer']['comments']['items'][number]['target'];
export type ChangeKind = 'added' | 'removed' | 'changed';
export type DiffPart = 'nodes' | 'edges' | 'fields' | 'components' | 'fees' | 'processingTime';
export interface ChangeRow {
  kind: ChangeKind;
  id: string;
  label: string;
  /** The element, for the review's comments on it. */
  target: ReviewTarget;
  /** The processing time before and after, for the words on screen. */
  time?: { from?: unknown; to?: unknown };
  /** A fee's fixed amount before and after, when that is what changed. */
  amount?: { from: number; to: number };
}

/** A changed fee's fixed amounts, when both versions fix one and they differ. */
function amountChange(from: unknown, to: unknown): ChangeRow['amount'] {
  const before = (from as { amount?: unknown } | undefined)?.amount;
  const after = (to as { amount?: unknown } | undefined)?.amount;
  if (typeof before !== 'number' || typeof after !== 'number' || before === after) return undefined;
  return { from: before, to: after };
}

const PARTS = ['nodes', 'edges', 'fields', 'components', 'fees'] as const;
const TARGET_KINDS = {
  nodes: 'node',
  edges: 'edge',
  fields: 'field',
  components: 'component',
  fees: 'fee',
} as const;

/** The item's id, or a form field's path: what a comment on it names. */
function keyOf(item: unknown): string {
  const { id, path } = (item ?? {}) as Record<string, unknown>;
  return typeof id === 'string' ? id : typeof path === 'string' ? path : '';
}

/** The item's name in the language on screen, else its id or path. */
function labelOf(item: unknown, language: 'vi' | 'en'): string {
  const { name, label, title } = (item ?? {}) as Record<string, unknown>;
  const key = keyOf(item);
  for (const words of [name, label, title]) {
    if (typeof words === 'string' && words) return `${words} (${key})`;
    const localized = (words as Record<string, unknown> | undefined)?.[language];
    if (typeof localized === 'string' && localized) return `${localized} (${key})`;
  }
  // A transition without a name of its own: where it goes from and to.
  const { source, target } = (item ?? {}) as Record<string, unknown>;
  if (typeof source === 'string' && typeof target === 'string') return `${source} → ${target} (${key})`;
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
      return { kind, id: label, label, target: { kind: TARGET_KINDS[part], key: keyOf(item) } };
    };
    return {
      part,
      rows: [
        ...added.map((item) => row('added', item)),
        ...removed.map((item) => row('removed', item)),
        ...changed.map((c) => {
          const amount = part === 'fees' ? amountChange(c.from, c.to) : undefined;
          return { ...row('changed', c.to), id: c.id, ...(amount && { amount }) };
        }),
      ],
    };
  });
  if (diff.processingTime) {
    groups.push({
      part: 'processingTime',
      rows: [
        {
          kind: 'changed',
          id: 'processingTime',
          label: '',
          target: { kind: 'processingTime', key: '' },
          time: diff.processingTime,
        },
      ],
    });
  }
  return groups.filter((g) => g.rows.length > 0);
}
