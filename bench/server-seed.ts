/**
 * Bulk seeding for `npm run bench:server`: a province's worth of dossiers written straight into the database
 * (multi-row INSERT … SELECT over a generated series, 100,000 rows per transaction), not through the API.
 *
 * The shape: dossiers spread over the demo's working units and ~110 days (codes `<unit>-YYMMDD-NNNN`, 1,000 a
 * unit a day); 95 % completed, 5 % in progress with one open task (25 % reception, 50 % specialist, 25 % leader),
 * due from 30 days ago to 30 days ahead. Each row carries a real (small) dossier state as its `state`. Seeded rows
 * have no events or audit entries: this database is for timing queries, not for `audit verify`.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

export interface SeedPlan {
  /** How many dossiers to add. */
  rows: number;
  /** Units the dossiers are received by (the worklists are per unit and role). */
  units: string[];
  /** [procedure code, version id] pairs the dossiers are pinned to. */
  procedures: [string, string][];
  /** A dossier state (JSON text) every seeded row carries. */
  state: string;
  /** Now (UTC ms): the open tasks are due around it; the seeded days end two days before. */
  now: number;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 100_000;
const DAY = 86_400_000;
/** Open one dossier in OPEN_EVERY. */
const OPEN_EVERY = 20;
const PER_UNIT_DAY = 1000;

function params(plan: SeedPlan) {
  const day0 = Math.floor(plan.now / DAY) * DAY - 2 * DAY;
  return {
    units: JSON.stringify(plan.units),
    nu: plan.units.length,
    procs: JSON.stringify(plan.procedures),
    np: plan.procedures.length,
    day0,
    now: plan.now,
  };
}

/** SQLite: the server must not be running (this takes the write lock for each chunk). */
export function seedSqlite(file: string, plan: SeedPlan): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF'); // bench data only; the server's own writes keep FULL
    db.pragma('cache_size = -262144');
    // Integers as BigInt: better-sqlite3 binds plain numbers as REAL, and i / n must divide integers.
    const p = Object.fromEntries(
      Object.entries(params(plan)).map(([k, v]) => [k, typeof v === 'number' ? BigInt(v) : v]),
    );
    const dossiers = db.prepare(`
      WITH RECURSIVE s(i) AS (SELECT @lo UNION ALL SELECT i + 1 FROM s WHERE i < @hi),
      g AS (
        SELECT i,
          json_extract(@units, '$[' || (i % @nu) || ']') AS unit,
          @day0 - (i / (@nu * ${PER_UNIT_DAY})) * ${DAY} AS day,
          (i / @nu) % ${PER_UNIT_DAY} + 1 AS n
        FROM s)
      INSERT INTO dossiers (id, code, qr_token, procedure_code, version_id, unit_code, channel, applicant_id,
        submitted_by, status, alert, state, revision, submitted_at, received_at, due_at, finished_at, timing)
      SELECT printf('bench-%08d', i),
        unit || '-' || substr(strftime('%Y%m%d', day / 1000, 'unixepoch'), 3) || '-' || printf('%04d', n),
        lower(hex(randomblob(12))),
        json_extract(@procs, '$[' || (i % @np) || '][0]'),
        json_extract(@procs, '$[' || (i % @np) || '][1]'),
        unit, 'counter', NULL, NULL,
        CASE WHEN i % ${OPEN_EVERY} = 0 THEN 'processing' ELSE 'completed' END,
        NULL, @state,
        CASE WHEN i % ${OPEN_EVERY} = 0 THEN 3 ELSE 8 END,
        day + n * 30000, day + n * 30000 + 600000, day + n * 30000 + 5 * ${DAY},
        CASE WHEN i % ${OPEN_EVERY} = 0 THEN NULL ELSE day + n * 30000 + 4 * ${DAY} END,
        CASE WHEN i % ${OPEN_EVERY} = 0 THEN NULL ELSE 'on_time' END
      FROM g`);
    const tasks = db.prepare(`
      WITH RECURSIVE s(i) AS (SELECT @lo UNION ALL SELECT i + 1 FROM s WHERE i < @hi),
      g AS (
        SELECT i, (i / ${OPEN_EVERY}) % 4 AS r, json_extract(@units, '$[' || (i % @nu) || ']') AS unit,
          @now - 30 * ${DAY} + ((i * 7919) % (60 * 86400)) * 1000 AS due
        FROM s WHERE i % ${OPEN_EVERY} = 0)
      INSERT INTO tasks (dossier_id, task_id, node, role, kind, unit_code, assignee_id, opened_at, step_due_at,
        due_at)
      SELECT printf('bench-%08d', i), 't2',
        CASE r WHEN 0 THEN 'reception' WHEN 3 THEN 'sign' ELSE 'appraisal' END,
        CASE r WHEN 0 THEN 'reception' WHEN 3 THEN 'leader' ELSE 'specialist' END,
        'work', unit, NULL, due - 3 * ${DAY}, due, due
      FROM g`);
    for (let lo = 1; lo <= plan.rows; lo += CHUNK) {
      const hi = Math.min(lo + CHUNK - 1, plan.rows);
      db.transaction(() => {
        const range = { lo: BigInt(lo), hi: BigInt(hi) };
        dossiers.run({ ...p, state: plan.state, ...range });
        tasks.run({ ...p, ...range });
      })();
      plan.onProgress?.(hi, plan.rows);
    }
  } finally {
    db.close();
  }
}

export async function seedPg(url: string, plan: SeedPlan): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const p = params(plan);
    const units = plan.units;
    const codes = plan.procedures.map(([c]) => c);
    const versions = plan.procedures.map(([, v]) => v);
    for (let lo = 1; lo <= plan.rows; lo += CHUNK) {
      const hi = Math.min(lo + CHUNK - 1, plan.rows);
      await client.query('begin');
      await client.query(`set local synchronous_commit = off`);
      await client.query(
        `INSERT INTO dossiers (id, code, qr_token, procedure_code, version_id, unit_code, channel, applicant_id,
           submitted_by, status, alert, state, revision, submitted_at, received_at, due_at, finished_at, timing)
         SELECT 'bench-' || lpad(i::text, 8, '0'),
           unit || '-' || to_char(to_timestamp(day / 1000) AT TIME ZONE 'UTC', 'YYMMDD') || '-' || lpad(n::text, 4, '0'),
           md5(random()::text || i::text),
           ($3::text[])[i % $4 + 1], ($5::text[])[i % $4 + 1],
           unit, 'counter', NULL, NULL,
           CASE WHEN i % ${OPEN_EVERY} = 0 THEN 'processing' ELSE 'completed' END,
           NULL, $6::jsonb,
           CASE WHEN i % ${OPEN_EVERY} = 0 THEN 3 ELSE 8 END,
           day + n * 30000, day + n * 30000 + 600000, day + n * 30000 + 5 * ${DAY}::bigint,
           CASE WHEN i % ${OPEN_EVERY} = 0 THEN NULL ELSE day + n * 30000 + 4 * ${DAY}::bigint END,
           CASE WHEN i % ${OPEN_EVERY} = 0 THEN NULL ELSE 'on_time' END
         FROM (
           SELECT i, ($7::text[])[i % $8 + 1] AS unit,
             $9::bigint - (i / ($8 * ${PER_UNIT_DAY})) * ${DAY}::bigint AS day,
             (i / $8) % ${PER_UNIT_DAY} + 1 AS n
           FROM generate_series($1::bigint, $2::bigint) AS i) g`,
        [lo, hi, codes, codes.length, versions, plan.state, units, units.length, p.day0],
      );
      await client.query(
        `INSERT INTO tasks (dossier_id, task_id, node, role, kind, unit_code, assignee_id, opened_at, step_due_at,
           due_at)
         SELECT 'bench-' || lpad(i::text, 8, '0'), 't2',
           CASE r WHEN 0 THEN 'reception' WHEN 3 THEN 'sign' ELSE 'appraisal' END,
           CASE r WHEN 0 THEN 'reception' WHEN 3 THEN 'leader' ELSE 'specialist' END,
           'work', unit, NULL, due - 3 * ${DAY}::bigint, due, due
         FROM (
           SELECT i, (i / ${OPEN_EVERY}) % 4 AS r, ($3::text[])[i % $4 + 1] AS unit,
             $5::bigint - 30 * ${DAY}::bigint + ((i * 7919) % (60 * 86400)) * 1000 AS due
           FROM generate_series($1::bigint, $2::bigint) AS i WHERE i % ${OPEN_EVERY} = 0) g`,
        [lo, hi, units, units.length, p.now],
      );
      await client.query('commit');
      plan.onProgress?.(hi, plan.rows);
    }
    // What autovacuum would do soon after such a load; done now so that it does not run during the timing.
    await client.query('vacuum (analyze) dossiers, tasks');
  } finally {
    await client.end();
  }
}
