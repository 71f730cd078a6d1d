/** Assertion helpers of the service tests. */
import { ServiceError } from '../../server/services/index.ts';
import type { Store, TableName } from '../../server/store/index.ts';

/** The ServiceError a promise rejects with (anything else fails the test). */
export async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError, got a result');
}

const TABLES: TableName[] = [
  'dossiers',
  'dossierEvents',
  'tasks',
  'timers',
  'outbox',
  'auditLog',
  'dossierSequences',
  'idempotencyKeys',
  'procedures',
  'procedureVersions',
];

/** Row counts of the tables a refused request must leave alone. */
export async function rowCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = await store.count(table);
  return out;
}
