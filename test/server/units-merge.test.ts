/**
 * A merger of units (the 2025 reform merged communes) through REST, on both dialects, with the clock injected: a
 * merger dated ahead changes nothing until its date; from then on the successor's officers see, read, assign and
 * act on the merged unit's open dossiers, the merged unit's officers work in the successor, and a dossier addressed
 * to the merged unit is received by the successor — while the dossiers keep, truthfully, the unit that received
 * them: nothing of theirs is rewritten.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { PERMIT, requiredOf } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { demoServer } from './demo-server.ts';

/** The merged commune, and the one it merges into. */
const MERGED = '000.01.01.H41';
const SUCCESSOR = '000.01.02.H41';
/** Wednesday 25 November 2026, 00:00 in Vietnam: two days after T0 (Monday 09:00). */
const EFFECTIVE = '2026-11-25';
const AFTER = Date.parse('2026-11-25T09:00:00+07:00');

/** Officers of one commune each: the demo officers work everywhere, and would prove nothing. */
const OFFICERS = [
  { login: 'tn.merged', roles: [{ unitCode: MERGED, role: 'reception' }] },
  { login: 'cv.merged', roles: [{ unitCode: MERGED, role: 'specialist' }] },
  { login: 'tn.successor', roles: [{ unitCode: SUCCESSOR, role: 'reception' }] },
  { login: 'cv.successor', roles: [{ unitCode: SUCCESSOR, role: 'specialist' }] },
  { login: 'ld.successor', roles: [{ unitCode: SUCCESSOR, role: 'leader' }] },
];
const password = (login: string) => `pw-${login}-long-enough`;
const PASSWORDS = Object.fromEntries(OFFICERS.map((o) => [o.login, password(o.login)]));

interface WorkItem {
  code: string;
  task: { id: string; role: string; unit: string };
}

await withStores('unit merger', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  /** A permit handed in at the merged commune's counter and accepted there: its appraisal is open. */
  let code: string;

  const call = async (login: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    server.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: await cookie(login) },
      ...(payload ? { payload } : {}),
    });
  const ok = (res: LightMyRequestResponse, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const worklist = async (login: string, query = '') =>
    (ok(await call(login, 'GET', `/worklist${query}`)) as { items: WorkItem[] }).items;
  const counterPermit = (login: string) =>
    call(login, 'POST', '/dossiers', {
      ...PERMIT,
      channel: 'counter',
      unit: MERGED,
      components: requiredOf(PERMIT),
    });
  const revisionOf = async (c: string) => (await server.store.getDossier({ code: c }))!.revision;

  beforeAll(async () => {
    server = await demoServer(suite, {
      users: OFFICERS.map((o) => ({ ...o, password: password(o.login) })),
    });
    cookie = cookieJar(server.app, PASSWORDS);
    const submitted = ok(await counterPermit('tn.merged'), 201);
    code = submitted.code;
    expect(code.startsWith(`${MERGED}-261123-`)).toBe(true);
    ok(await call('tn.merged', 'POST', `/dossiers/${code}/actions`, { action: 'accept', revision: 1 }));
    const merged = ok(
      await call('quantri', 'POST', `/units/${MERGED}/merge`, { into: SUCCESSOR, effectiveAt: EFFECTIVE }),
    );
    expect(merged).toMatchObject({ successor: MERGED, merger: { into: SUCCESSOR } });
  });
  afterAll(() => server?.close());

  it('changes nothing before its date: the merged unit works its dossier, the successor does not see it', async () => {
    expect((await worklist('cv.merged')).map((i) => i.code)).toContain(code);
    expect((await worklist('cv.successor')).map((i) => i.code)).not.toContain(code);
    const read = await call('cv.successor', 'GET', `/dossiers/${code}/details`);
    expect(read.statusCode).toBe(403);
    expect(errorOf(read).code).toBe('FORBIDDEN');
    const acted = await call('cv.successor', 'POST', `/dossiers/${code}/actions`, {
      action: 'complete',
      revision: await revisionOf(code),
    });
    expect(acted.statusCode).toBe(403);
    // Addressed to the merged unit, a new dossier is still its own.
    const before = ok(await counterPermit('tn.merged'), 201);
    expect(before.code.startsWith(`${MERGED}-`)).toBe(true);
    expect((await counterPermit('tn.successor')).statusCode).toBe(403);
  });

  it('from its date, gives the merged unit’s open work to the successor’s officers, who read, assign and act', async () => {
    server.clock.now = AFTER;
    // The sessions of Monday have ended by Wednesday.
    cookie = cookieJar(server.app, PASSWORDS);
    const seen = (await worklist('cv.successor')).find((i) => i.code === code);
    expect(seen?.task).toMatchObject({ role: 'specialist', unit: MERGED });
    // The successor's own worklist holds it, and the merged unit's still does.
    for (const unit of [SUCCESSOR, MERGED]) {
      expect(
        (await worklist('cv.successor', `?unit=${unit}`)).map((i) => i.code),
        unit,
      ).toContain(code);
    }
    const detail = ok(await call('cv.successor', 'GET', `/dossiers/${code}/details`));
    // The dossier keeps the unit that received it.
    expect(detail).toMatchObject({ code, unit: MERGED });

    const specialist = (await server.store.findUserByLogin('cv.successor'))!.id;
    ok(
      await call('ld.successor', 'POST', `/dossiers/${code}/tasks/${seen!.task.id}/assignee`, {
        assigneeId: specialist,
      }),
    );
    const completed = ok(
      await call('cv.successor', 'POST', `/dossiers/${code}/actions`, {
        action: 'complete',
        revision: await revisionOf(code),
      }),
    );
    expect(completed.status).toBe('processing');
    ok(
      await call('ld.successor', 'POST', `/dossiers/${code}/actions`, {
        action: 'approve',
        revision: await revisionOf(code),
      }),
    );

    // Nothing was rewritten: the dossier, its hand-offs and its open task still name the merged unit.
    const row = (await server.store.getDossier({ code }))!;
    expect(row.unitCode).toBe(MERGED);
    expect(new Set(row.state.history.flatMap((h) => (h.unit ? [h.unit] : [])))).toEqual(new Set([MERGED]));
    expect((await server.store.listTasks(row.id)).map((t) => t.unitCode)).toEqual([MERGED]);
  });

  it('from its date, lets the merged unit’s officers work in the successor, which receives what is addressed to it', async () => {
    const submitted = ok(await counterPermit('tn.merged'), 201);
    expect(submitted.code.startsWith(`${SUCCESSOR}-261125-`)).toBe(true);
    expect(submitted.unit).toBe(SUCCESSOR);
    // The successor's reception sees it, and so does the merged unit's own.
    for (const login of ['tn.successor', 'tn.merged']) {
      expect(
        (await worklist(login)).map((i) => i.code),
        login,
      ).toContain(submitted.code);
    }
    const unit = ok(await call('quantri', 'GET', `/units/${MERGED}`));
    expect(unit).toMatchObject({
      successor: SUCCESSOR,
      merger: { into: SUCCESSOR, at: '2026-11-25T00:00:00+07:00' },
    });
  });
});
