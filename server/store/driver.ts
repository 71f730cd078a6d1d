import type { Step } from './step.ts';
import type { DossierChange, NewDossier, NewDossierResult } from './store.ts';
import type { Tx } from './tx.ts';

/** What each dialect adapter provides; store-impl.ts builds the Store on top of it. */
export interface Driver {
  readonly dialect: 'sqlite' | 'pg';
  /** Runs the body in one transaction: all of it is committed, or (it threw) none of it. */
  write<T>(body: (tx: Tx) => Step<T>): Promise<T>;
  /** Runs read-only statements outside a transaction. */
  read<T>(body: (tx: Tx) => Step<T>): Promise<T>;
  /**
   * The dialect's own way to run the two dossier transactions (PostgreSQL: one round trip each), with the outcomes
   * and errors of createDossierBody and commitDossierBody (dossier-writes.ts), which run where it is absent.
   */
  dossiers?: {
    create(plan: NewDossier): Promise<NewDossierResult>;
    commit(change: DossierChange): Promise<number>;
  };
  close(): Promise<void>;
}

/** A unique or primary-key violation, from either driver (drizzle wraps driver errors in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Error || (typeof e === 'object' && e !== null);) {
    const code = (e as { code?: unknown }).code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
