/**
 * PostgreSQL's own rate for the statements of a submission, for `npm run bench:server` to put beside the server's:
 * pgbench runs, on the same database, a transaction of the same shape as the one a submission commits — the unit's
 * sequence upsert, then one insert each into idempotency_keys, dossiers, dossier_events, tasks, timers, outbox and
 * audit_log — with the very rows the server wrote for a sample submission (its 100-field state and all), only the
 * keys made unique per transaction. Prepared statements (`-M prepared`), no audit chain lock and no reads: what
 * PostgreSQL does when nothing but the writes themselves is asked of it.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';
/** pgbench's units start with it (units of its own, as many as the server's submissions go to, in turn). */
const UNIT = 'PGBENCH';
/** Every key pgbench writes starts with it, so that its rows can be deleted afterwards. */
const PREFIX = 'pgb-';

export interface PgbenchFigures {
  tps: number;
  /** Average latency per transaction, ms. */
  latencyMs: number;
  transactions: number;
}

type Json = Record<string, unknown>;

/** A literal pgbench leaves alone: an E'' string with every colon escaped (pgbench reads `:name` as a variable). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/:/g, '\\x3a')}'`;
}

/** The rows a submission wrote, keyed by column name (row_to_json). */
async function sampleRows(client: pg.Client, code: string) {
  const rows = async (sql: string, params: unknown[]) =>
    (await client.query<{ r: Json }>(sql, params)).rows.map((x) => x.r);
  const [dossier] = await rows('select row_to_json(t) r from dossiers t where code = $1', [code]);
  if (!dossier) throw new Error(`pgbench: no dossier ${code} to copy`);
  const id = dossier.id as string;
  const of = (table: string) => rows(`select row_to_json(t) r from ${table} t where dossier_id = $1`, [id]);
  return {
    dossier,
    events: await of('dossier_events'),
    tasks: await of('tasks'),
    timers: await of('timers'),
    outbox: await of('outbox'),
    audit: await rows('select row_to_json(t) r from audit_log t where target = $1', [code]),
    keys: await rows("select row_to_json(t) r from idempotency_keys t where response->>'code' = $1", [code]),
  };
}

/** One multi-row insert; `key(column, value, row index)` may put an expression in place of a copied value. */
function insert(
  table: string,
  rows: Json[],
  key: (column: string, value: unknown, i: number) => string | undefined,
) {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  const values = rows.map(
    (row, i) => `(${columns.map((c) => key(c, row[c], i) ?? literal(row[c])).join(', ')})`,
  );
  return `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')};\n`;
}

/** The pgbench script: one transaction of a submission's statements, keys from the random `:n`. */
export async function submissionScript(url: string, code: string, units: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const s = await sampleRows(client, code);
    const id = s.dossier.id as string;
    const unique = `('${PREFIX}' || :n)`;
    // The sample dossier's id, code and QR token become this transaction's own, wherever they occur as a value.
    const own: Record<string, string> = {
      [id]: unique,
      [code]: `('${PREFIX}c' || :n)`,
      [s.dossier.qr_token as string]: `('${PREFIX}q' || :n)`,
    };
    const keyed = (column: string, value: unknown, i: number) => {
      if (column === 'id' && typeof value === 'string' && !(value in own)) {
        // A timer's id is `<dossier id>:<timer>`, an outbox row's is its own.
        return value.startsWith(`${id}:`) ? `(${unique} || '-t${i}')` : `(${unique} || '-o${i}')`;
      }
      return typeof value === 'string' ? own[value] : undefined;
    };
    let script = `\\set n random(1, 9000000000000000)\n\\set u random(1, ${units})\nbegin;\n`;
    script +=
      `insert into dossier_sequences (unit_code, day, last) values ('${UNIT}' || :u, '000000', 1) ` +
      'on conflict (unit_code, day) do update set last = dossier_sequences.last + 1 returning last;\n';
    script += insert('idempotency_keys', s.keys, (c, v, i) => (c === 'key' ? unique : keyed(c, v, i)));
    script += insert('dossiers', [s.dossier], keyed);
    script += insert('dossier_events', s.events, keyed);
    script += insert('tasks', s.tasks, keyed);
    script += insert('timers', s.timers, keyed);
    script += insert('outbox', s.outbox, keyed);
    // The audit seq: below every real one (the server's chain counts up from 1).
    script += insert('audit_log', s.audit, (c, v, i) => (c === 'seq' ? '(-(:n)::bigint)' : keyed(c, v, i)));
    return `${script}commit;\n`;
  } finally {
    await client.end();
  }
}

/**
 * Vacuums and checkpoints the database, so that the run that follows starts on the same footing as the others: the
 * rows pgbench deletes and those a warm-up wrote would otherwise be vacuumed, and their pages written, by PostgreSQL's
 * background processes during the next measured run, whose backends' CPU the bench counts (an autovacuum worker on
 * the database is one). Seen here before: the database's CPU per submission 1.36–1.74 ms from run to run.
 */
export async function settle(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum (analyze)');
    await client.query('checkpoint');
  } finally {
    await client.end();
  }
}

/**
 * Runs pgbench with `clients` connections for `seconds` on a settled database, then deletes what it wrote and
 * settles it again for the run after.
 */
export async function runPgbench(options: {
  url: string;
  script: string;
  dir: string;
  clients: number;
  seconds: number;
}): Promise<PgbenchFigures> {
  const file = join(options.dir, 'submission.pgbench.sql');
  writeFileSync(file, options.script);
  await settle(options.url);
  const args = ['-n', '-M', 'prepared', '-c', String(options.clients), '-j', '2'];
  args.push('-T', String(options.seconds), '-f', file, options.url);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(PGBENCH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (status) =>
      status === 0 ? resolve(out) : reject(new Error(`pgbench exited with ${status}:\n${out}`)),
    );
  });
  const number = (pattern: RegExp) => {
    const m = pattern.exec(output);
    if (!m) throw new Error(`pgbench: no figure matching ${pattern} in:\n${output}`);
    return Number(m[1]);
  };
  const figures = {
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyMs: number(/latency average = ([\d.]+) ms/),
    transactions: number(/number of transactions actually processed: (\d+)/),
  };
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const like = `${PREFIX}%`;
    // Its own rows only, referring rows before the dossiers, without the foreign keys' checks: each deleted dossier
    // would scan the outbox (no index by dossier: nothing in the product reads it so), minutes in all.
    await client.query('set session_replication_role = replica');
    for (const table of ['dossier_events', 'tasks', 'timers', 'outbox'])
      await client.query(`delete from ${table} where dossier_id like $1`, [like]);
    await client.query('delete from dossiers where id like $1', [like]);
    await client.query('delete from idempotency_keys where key like $1', [like]);
    await client.query('delete from audit_log where seq < 0');
    await client.query('delete from dossier_sequences where unit_code like $1', [`${UNIT}%`]);
  } finally {
    await client.end();
  }
  await settle(options.url);
  return figures;
}
