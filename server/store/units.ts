/**
 * Changes to the unit tree. A change is decided on the whole tree as it stands inside the transaction, under the
 * reference lock (which serialises changes of the reference tables on PostgreSQL; SQLite has one writer anyway):
 * two moves at once cannot both pass the cycle check.
 */
import { appendAudits } from './chain.ts';
import type { AuditInput, Store, UnitRow } from './store.ts';

/** What resolving a unit's successor needs of a merged unit. */
export type Merger = Pick<UnitRow, 'code' | 'mergedInto' | 'mergedAt'>;

/** Rows to insert or update (by code), with their audit entries; `result` is handed back to the caller. */
export interface UnitChange<T> {
  rows: UnitRow[];
  audit: AuditInput[];
  result: T;
}

/**
 * `decide` plans a change on every unit as they are now (it throws to refuse: nothing is written); the planned rows
 * and their audit entries are written in the same transaction.
 */
export function changeUnits<T>(store: Store, decide: (units: UnitRow[]) => UnitChange<T>): Promise<T> {
  return store.run(function* (tx) {
    yield* tx.lockReference();
    const change = decide(yield* tx.select('units'));
    for (const row of change.rows) {
      const { code: _code, createdAt: _createdAt, ...set } = row;
      yield* tx.upsert('units', row, ['code'], set);
    }
    yield* appendAudits(tx, change.audit);
    return change.result;
  });
}
