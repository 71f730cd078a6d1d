/**
 * Bringing a PostgreSQL database to this version's schema as a process opens it. The primary migrates, one process
 * at a time. A standby (a streaming read replica, SCALING.md §2) cannot write: it must have replayed every migration
 * from its primary, and a process opened on it only reads (`motcua audit verify`).
 */
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema.pg.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations/pg', import.meta.url));
/** pg_advisory_lock key held while migrating, so that processes starting together migrate one at a time. */
const MIGRATION_LOCK = 7_260_301;

/** A standby that has not replayed this version's migrations: nothing can be read from it safely. */
export class StandbyBehind extends Error {
  constructor(readonly localized = message('server.standbyBehind')) {
    super(`${localized.vi} / ${localized.en}`);
  }
}

export async function migratePg(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query<{ standby: boolean }>('select pg_is_in_recovery() as standby');
  if (rows[0].standby) return replayed(client);
  // Several server processes may start at once: one migrates, the others wait for it.
  await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
  }
}

/** As drizzle's migrator decides what is left to run: by the time of the newest migration recorded. */
async function replayed(client: pg.PoolClient): Promise<void> {
  const newest = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS }).map((m) => m.folderMillis));
  const { rows: found } = await client.query<{ present: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as present",
  );
  const { rows } = found[0].present
    ? await client.query<{ at: string | null }>(
        'select max(created_at)::text as at from drizzle.__drizzle_migrations',
      )
    : { rows: [] };
  if (Number(rows[0]?.at ?? 0) < newest) throw new StandbyBehind();
}
