/** The applicants' satisfaction ratings: one per dossier, written with its audit entry. */
import { appendAudit } from './chain.ts';
import type { AuditInput, RatingRow, Store } from './store.ts';

/** Whether the rating was recorded: false when the dossier has one already (nothing written then). */
export function insertRating(store: Store, row: RatingRow, audit: AuditInput): Promise<boolean> {
  return store.run(function* (tx) {
    const inserted = yield* tx.insert('ratings', row, { ignoreConflicts: true });
    if (inserted > 0) yield* appendAudit(tx, audit);
    return inserted > 0;
  });
}

export async function ratingOf(store: Store, dossierId: string): Promise<RatingRow | undefined> {
  const [row] = await store.run((tx) => tx.select('ratings', { dossierId }), 'read');
  return row;
}
