/**
 * What a database was set up for, kept in the `settings` row `mode`: 'demo' (demo units and accounts with
 * published passwords) or 'production' (`motcua init`). The row is written once, in the transaction that claims
 * it, so a database is never both.
 */
import { appendAudit, appendAudits } from './chain.ts';
import type { AuditInput, CalendarRow, Store, UserRow } from './store.ts';
import type { NewRow } from './tx.ts';

export type Mode = 'demo' | 'production';

const MODE = 'mode';
const UNITS_PER_INSERT = 500;

/** Nothing was written: the database was set up already (`mode`), or holds units or users from before modes. */
export class AlreadySetUp extends Error {
  constructor(readonly mode: Mode | undefined) {
    super(`the database is set up already (${mode ?? 'data without a mode'})`);
  }
}

export async function installationMode(store: Store): Promise<Mode | undefined> {
  const [row] = await store.run((tx) => tx.select('settings', { key: MODE }), 'read');
  return row?.value.mode as Mode | undefined;
}

/** Marks the database demo unless it has a mode already; returns the mode it has now. */
export function claimDemo(store: Store, audit: AuditInput): Promise<Mode> {
  return store.run(function* (tx) {
    const value = { mode: 'demo' satisfies Mode };
    // Another process may claim at the same moment: whoever inserts first decides, the other reads its row.
    const inserted = yield* tx.insert(
      'settings',
      { key: MODE, value, updatedAt: audit.at },
      { ignoreConflicts: true },
    );
    if (inserted === 0) {
      const [row] = yield* tx.select('settings', { key: MODE });
      return row.value.mode as Mode;
    }
    yield* appendAudit(tx, { ...audit, payload: value });
    return 'demo';
  });
}

export interface ProductionSetUp {
  at: number;
  units: NewRow<'units'>[];
  admin: { user: UserRow; roles: { unitCode: string; role: string }[] };
  calendar: CalendarRow;
  /** The entries of the whole set-up, in order. */
  audit: AuditInput[];
}

/** Writes a production set-up in one transaction, on an empty database only (else AlreadySetUp). */
export function setUpProduction(store: Store, plan: ProductionSetUp): Promise<void> {
  return store.run(function* (tx) {
    yield* tx.lockReference();
    const [row] = yield* tx.select('settings', { key: MODE });
    if (row) throw new AlreadySetUp(row.value.mode as Mode);
    if ((yield* tx.count('units')) + (yield* tx.count('users')) > 0) throw new AlreadySetUp(undefined);
    yield* tx.insert('settings', { key: MODE, value: { mode: 'production' }, updatedAt: plan.at });
    // In slices: one statement's parameters are bounded (SQLite 32,766, PostgreSQL 65,535).
    for (let i = 0; i < plan.units.length; i += UNITS_PER_INSERT)
      yield* tx.insert('units', plan.units.slice(i, i + UNITS_PER_INSERT));
    yield* tx.insert('users', plan.admin.user);
    yield* tx.insert(
      'roleAssignments',
      plan.admin.roles.map((r) => ({ userId: plan.admin.user.id, ...r })),
    );
    yield* tx.insert('calendars', plan.calendar);
    yield* appendAudits(tx, plan.audit);
  });
}
