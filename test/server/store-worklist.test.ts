/**
 * The worklist query (server/store/worklist.ts) against the query it replaced: one join of every matching task to
 * its dossier, sorted and cut. Same rows, same order (no due time last, ties by opened time, dossier, task), stable
 * pages, and totals exact up to the cap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorklistQuery } from '../../server/store/index.ts';
import { WORKLIST_COUNT_CAP } from '../../server/store/worklist.ts';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { submitOnline, t, world } from './services-fixtures.ts';

const HOUR = 3_600_000;
const BASE = t('2026-12-01T08:00');
const UNITS = ['W.1', 'W.2', 'W.3'];
const ROLES = ['reception', 'specialist'];
const STATUSES = ['submitted', 'received', 'processing'];
const DOSSIERS = 200;

/** A small deterministic generator (the same data on every run and dialect). */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
}

const DOSSIER_COLUMNS =
  'id, code, qr_token, procedure_code, version_id, unit_code, channel, applicant_id, submitted_by, status, ' +
  'alert, state, revision, submitted_at, received_at, due_at, finished_at, timing';
const TASK_COLUMNS =
  'dossier_id, task_id, node, role, kind, unit_code, assignee_id, opened_at, step_due_at, due_at';

const placeholders = (rows: unknown[][]) => rows.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ');

await withStores('store worklist', (s) => {
  let template: { versionId: string; procedureCode: string; state: string };

  const insertDossiers = async (rows: { id: string; status: string }[]) => {
    const values = rows.map((d) => [
      d.id,
      `CODE-${d.id}`,
      `QR-${d.id}`,
      template.procedureCode,
      template.versionId,
      UNITS[0],
      'online',
      null,
      null,
      d.status,
      null,
      template.state,
      1,
      BASE - 10 * HOUR,
      null,
      null,
      null,
      null,
    ]);
    await s
      .db()
      .exec(`insert into dossiers (${DOSSIER_COLUMNS}) values ${placeholders(values)}`, values.flat());
  };
  const insertTasks = async (rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await s.db().exec(`insert into tasks (${TASK_COLUMNS}) values ${placeholders(chunk)}`, chunk.flat());
    }
  };

  beforeAll(async () => {
    const store = s.store();
    const w = await world(store);
    const first = await submitOnline(store, await w.ctx('congdan', t('2026-11-23T08:00')), BIRTH);
    const [row] = await s
      .db()
      .exec('select version_id, procedure_code, state from dossiers where code = ?', [first.code]);
    template = {
      versionId: row.version_id as string,
      procedureCode: row.procedure_code as string,
      state: typeof row.state === 'string' ? row.state : JSON.stringify(row.state),
    };

    // Many ties: a dozen due times (a fifth none), a few opening times, 1–3 tasks per dossier.
    const next = random(42);
    const dossiers = Array.from({ length: DOSSIERS }, (_, i) => ({
      id: `d${String(i).padStart(4, '0')}`,
      status: STATUSES[next(STATUSES.length)],
    }));
    await insertDossiers(dossiers);
    const tasks: unknown[][] = [];
    for (const d of dossiers) {
      const n = 1 + next(3);
      for (let k = 1; k <= n; k++) {
        const due = next(5) === 0 ? null : BASE + next(12) * HOUR;
        tasks.push([
          d.id,
          `t${k}`,
          'step',
          ROLES[next(ROLES.length)],
          'task',
          UNITS[next(UNITS.length)],
          [null, 'u1', 'u2'][next(3)],
          BASE - (1 + next(4)) * HOUR,
          null,
          due,
        ]);
      }
    }
    await insertTasks(tasks);
  });

  /** The query the worklist ran before: every matching task joined, sorted, cut; and its count. */
  async function before(q: WorklistQuery) {
    const where: string[] = [];
    const params: unknown[] = [];
    where.push(`(${q.holders.map(() => '(t.unit_code = ? and t.role = ?)').join(' or ') || '1 = 0'})`);
    params.push(...q.holders.flatMap((h) => [h.unitCode, h.role]));
    if (q.assigneeId !== undefined) {
      where.push('t.assignee_id = ?');
      params.push(q.assigneeId);
    }
    if (q.statuses !== undefined) {
      where.push(q.statuses.length === 0 ? '1 = 0' : `d.status in (${q.statuses.map(() => '?').join(', ')})`);
      params.push(...q.statuses);
    }
    if (q.dueBefore !== undefined) {
      where.push('t.due_at <= ?');
      params.push(q.dueBefore);
    }
    if (q.dueAfter !== undefined) {
      where.push('t.due_at > ?');
      params.push(q.dueAfter);
    }
    const from = `from tasks t inner join dossiers d on d.id = t.dossier_id where ${where.join(' and ')}`;
    const rows = await s
      .db()
      .exec(
        `select t.dossier_id, t.task_id ${from} order by case when t.due_at is null then 1 else 0 end, ` +
          `t.due_at, t.opened_at, t.dossier_id, t.task_id limit ? offset ?`,
        [...params, q.limit, q.offset],
      );
    const [{ n }] = await s.db().exec(`select count(*) as n ${from}`, params);
    return { keys: rows.map((r) => `${r.dossier_id as string}/${r.task_id as string}`), total: Number(n) };
  }

  async function after(q: WorklistQuery) {
    const page = await s.store().worklist(q);
    return {
      keys: page.items.map((r) => `${r.task.dossierId}/${r.task.taskId}`),
      total: page.total,
      totalCapped: page.totalCapped,
      items: page.items,
    };
  }

  const all = UNITS.flatMap((unitCode) => ROLES.map((role) => ({ unitCode, role })));
  const filters: Omit<WorklistQuery, 'limit' | 'offset'>[] = [
    { holders: all },
    { holders: [{ unitCode: 'W.2', role: 'specialist' }] },
    { holders: [all[0], all[3], all[0]] },
    { holders: [{ unitCode: 'W.9', role: 'reception' }] },
    { holders: [{ unitCode: 'W.1', role: 'reception' }, all[3]] },
    // Same shapes as others (one prepared query each), other values.
    { holders: [all[5], all[2], all[5]] },
    { holders: all, assigneeId: 'u1' },
    { holders: all, assigneeId: 'u2' },
    { holders: all, statuses: ['received'] },
    { holders: all, statuses: ['received', 'submitted'], assigneeId: 'u2' },
    { holders: all, statuses: [] },
    { holders: all, dueBefore: BASE + 4 * HOUR },
    { holders: all, dueAfter: BASE + 3 * HOUR, dueBefore: BASE + 9 * HOUR },
    { holders: all.slice(0, 2), dueBefore: BASE + 6 * HOUR, statuses: ['processing'] },
    { holders: all.slice(2, 4), dueBefore: BASE + 8 * HOUR, statuses: ['received'] },
    { holders: [] },
  ];
  const pages = [
    { limit: 20, offset: 0 },
    { limit: 7, offset: 14 },
    { limit: 100, offset: 250 },
    { limit: 50, offset: 10_000 },
  ];

  it('returns the same tasks in the same order, and the same total, as the join it replaced', async () => {
    for (const filter of filters) {
      for (const page of pages) {
        const q = { ...filter, ...page };
        const want = await before(q);
        const got = await after(q);
        expect({ q, keys: got.keys, total: got.total }).toEqual({ q, keys: want.keys, total: want.total });
        expect(got.totalCapped).toBe(false);
      }
    }
  });

  it('sorts by due time with no due time last; ties by opened time, dossier and task', async () => {
    const items = [];
    for (let offset = 0; ; offset += 100) {
      const page = await s.store().worklist({ holders: all, limit: 100, offset });
      if (page.items.length === 0) break;
      items.push(...page.items);
    }
    const list = items.map((r) => r.task);
    expect(list.length).toBeGreaterThan(250);
    const firstNull = list.findIndex((r) => r.dueAt === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(list.slice(firstNull).every((r) => r.dueAt === null)).toBe(true);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      const key = (r: typeof a) => [r.dueAt ?? Infinity, r.openedAt, r.dossierId, r.taskId] as const;
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
      expect(cmp < 0 || (cmp === 0 && a.taskId < b.taskId)).toBe(true);
    }
    // The dossier columns come with each task.
    expect(items[0].dossier).toMatchObject({ id: items[0].task.dossierId, revision: 1 });
    expect(STATUSES).toContain(items[0].dossier.status);
    expect(items[0].procedureName.vi).toBe('Đăng ký khai sinh');
  });

  it('pages are stable: consecutive pages of any size put together are the whole list', async () => {
    const whole = (await after({ holders: all, limit: 1000, offset: 0 })).keys;
    for (const size of [1, 7, 33]) {
      const joined: string[] = [];
      for (let offset = 0; offset < whole.length; offset += size) {
        joined.push(...(await after({ holders: all, limit: size, offset })).keys);
      }
      expect(joined).toEqual(whole);
    }
  });

  describe('capped totals', () => {
    beforeAll(async () => {
      await insertDossiers([{ id: 'cap1', status: 'received' }]);
      const rows = (unit: string, role: string, n: number, prefix: string) =>
        Array.from({ length: n }, (_, i) => [
          'cap1',
          `${prefix}${String(i).padStart(5, '0')}`,
          'step',
          role,
          'task',
          unit,
          null,
          BASE,
          null,
          i % 10 === 0 ? null : BASE + (i % 50) * HOUR,
        ]);
      await insertTasks([
        ...rows('CAP.1', 'reception', WORKLIST_COUNT_CAP + 50, 'a'),
        ...rows('CAP.2', 'reception', 600, 'b'),
        ...rows('CAP.2', 'specialist', 600, 'c'),
      ]);
    });
    const one = [{ unitCode: 'CAP.1', role: 'reception' }];
    const two = [
      { unitCode: 'CAP.2', role: 'reception' },
      { unitCode: 'CAP.2', role: 'specialist' },
    ];

    it('counts up to the cap, then says "more"', async () => {
      expect(await after({ holders: one, limit: 20, offset: 0 })).toMatchObject({
        total: WORKLIST_COUNT_CAP,
        totalCapped: true,
      });
      // Over several (unit, role) pairs, none of them over the cap alone.
      expect(await after({ holders: two, limit: 20, offset: 0 })).toMatchObject({
        total: WORKLIST_COUNT_CAP,
        totalCapped: true,
      });
      // Exact when a filter narrows it below the cap.
      const narrow = { holders: one, dueBefore: BASE + 20 * HOUR, limit: 20, offset: 0 };
      expect(await after(narrow)).toMatchObject({ total: (await before(narrow)).total, totalCapped: false });
      expect((await before(narrow)).total).toBeLessThan(WORKLIST_COUNT_CAP);
    });

    it('is exact when the page asked for reaches past the cap, and pages stay right there', async () => {
      const q = { holders: one, limit: 100, offset: WORKLIST_COUNT_CAP };
      const got = await after(q);
      expect(got).toMatchObject({ total: WORKLIST_COUNT_CAP + 50, totalCapped: false });
      expect(got.keys).toEqual((await before(q)).keys);
      expect(got.keys).toHaveLength(50);
      const deep = { holders: two, limit: 100, offset: 1150 };
      expect((await after(deep)).keys).toEqual((await before(deep)).keys);
      expect(await after(deep)).toMatchObject({ total: 1200, totalCapped: false });
    });
  });
});
