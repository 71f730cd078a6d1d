/**
 * The access matrix: every role (one demo account each, plus a second citizen and officers of other units) ×
 * the REST routes, for a dossier of every procedure of the demo seed. Expectations are computed from the rules
 * of DOMAIN.md §2 — citizens see only their own dossiers, officers only those their units handle, auditors read
 * everything — so a refusal is as much a result as an access.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, example, scenario, scenarioFiles } from '../support/examples.ts';
import {
  addUsers,
  demoPassword,
  errorOf,
  seedDemoFast,
  signIn,
  testServer,
  type TestServer,
} from '../support/http.ts';
import { withFiles } from '../support/uploads.ts';

const PROVINCE = '000.00.00.H41';
const POLICE = '000.00.30.H41';
const COMMUNE_TWO = '000.01.02.H41';

interface Actor {
  name: string;
  login?: string;
  roles: { unitCode: string; role: string }[];
}

/** Demo accounts (one per role) and three more: another citizen, and officers of one unit only. */
const ACTORS: Actor[] = [
  { name: 'anonymous', roles: [] },
  { name: 'citizen', login: 'congdan', roles: [] },
  { name: 'other citizen', login: 'congdan2', roles: [{ unitCode: PROVINCE, role: 'citizen' }] },
  { name: 'reception', login: 'motcua', roles: [] },
  { name: 'specialist', login: 'chuyenvien', roles: [] },
  { name: 'leader', login: 'lanhdao', roles: [] },
  { name: 'agency admin', login: 'quantricoquan', roles: [] },
  { name: 'designer', login: 'thietke', roles: [] },
  { name: 'approver', login: 'pheduyet', roles: [] },
  { name: 'system admin', login: 'quantri', roles: [] },
  { name: 'auditor', login: 'thanhtra', roles: [] },
  { name: 'police specialist', login: 'cv.congan', roles: [{ unitCode: POLICE, role: 'specialist' }] },
  {
    name: 'commune-two reception',
    login: 'motcua.xa2',
    roles: [{ unitCode: COMMUNE_TWO, role: 'reception' }],
  },
];

/** One submission per procedure of the seed: the first scenario of each. */
const PROCEDURES = EXAMPLE_NAMES.map((name) => {
  const definition = example(name);
  const first = scenarioFiles().find((s) => s.startsWith(name) && !s.includes('illegal'))!;
  return { code: definition.code, unit: definition.unit, scenario: scenario(first) };
});

let server: TestServer;
const cookie: Record<string, string | undefined> = {};
const userId: Record<string, string> = {};

beforeAll(async () => {
  server = await testServer({
    setup: async (store, clock) => {
      await seedDemoFast(store, clock.now);
      const extra = ACTORS.filter((a) => a.roles.length > 0);
      await addUsers(
        store,
        clock.now,
        extra.map((a) => ({ login: a.login!, password: demoPassword(a.login!), roles: a.roles })),
      );
    },
  });
  for (const a of ACTORS) {
    if (!a.login) continue;
    const user = (await server.store.findUserByLogin(a.login))!;
    userId[a.name] = user.id;
    a.roles = await server.store.rolesOf(user.id);
    cookie[a.name] = await signIn(server.app, a.login, demoPassword(a.login));
  }
});
afterAll(() => server.close());

const request = (actor: Actor, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  server.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie[actor.name] ? { cookie: cookie[actor.name]! } : {},
  });

const has = (a: Actor, role: string, unit?: string) =>
  a.roles.some((r) => r.role === role && (unit === undefined || r.unitCode === unit));
const OFFICER = ['reception', 'specialist', 'leader'];
const isOfficer = (a: Actor) => a.roles.some((r) => OFFICER.includes(r.role));
/** Who may upload files for a new dossier: citizens, and reception scanning a walk-in's papers. */
const uploads = (a: Actor) => a.login !== undefined && (has(a, 'citizen') || has(a, 'reception'));

/** Collects (actor, route) → status, then compares with the expected matrix as a whole (one readable diff). */
async function matrix(
  route: string,
  call: (a: Actor) => Promise<{ statusCode: number; body: string }>,
  expected: (a: Actor) => number,
) {
  const got: Record<string, number> = {};
  const want: Record<string, number> = {};
  for (const a of ACTORS) {
    const res = await call(a);
    got[`${a.name} → ${route}`] = res.statusCode;
    want[`${a.name} → ${route}`] = expected(a);
    if (res.statusCode >= 400) errorOf(res as never);
  }
  expect(got).toEqual(want);
}

const signedIn = (status: number) => (a: Actor) => (a.login ? status : 401);

describe('access matrix: every role × the REST routes', () => {
  it('public routes answer everyone', async () => {
    await matrix(
      'GET /health',
      (a) => request(a, 'GET', '/api/v1/health'),
      () => 200,
    );
    await matrix(
      'GET /procedures',
      (a) => request(a, 'GET', '/api/v1/procedures'),
      () => 200,
    );
    for (const p of PROCEDURES) {
      await matrix(
        `GET /procedures/${p.code}`,
        (a) => request(a, 'GET', `/api/v1/procedures/${p.code}`),
        () => 200,
      );
    }
  });

  it('signed-in routes refuse the anonymous caller with 401', async () => {
    await matrix('GET /session', (a) => request(a, 'GET', '/api/v1/session'), signedIn(200));
    await matrix('GET /me/dossiers', (a) => request(a, 'GET', '/api/v1/me/dossiers'), signedIn(200));
    await matrix(
      'POST /tokens',
      (a) => request(a, 'POST', '/api/v1/tokens', { name: 'matrix' }),
      signedIn(201),
    );
  });

  it('drafts and the personal data store are the citizens’ own', async () => {
    const citizens = (a: Actor) => (!a.login ? 401 : has(a, 'citizen') ? 200 : 403);
    await matrix('GET /me/drafts', (a) => request(a, 'GET', '/api/v1/me/drafts'), citizens);
    await matrix('GET /me/documents', (a) => request(a, 'GET', '/api/v1/me/documents'), citizens);
  });

  it('the worklist is for officers only', async () => {
    await matrix(
      'GET /worklist',
      (a) => request(a, 'GET', '/api/v1/worklist'),
      (a) => (!a.login ? 401 : isOfficer(a) ? 200 : 403),
    );
  });

  describe.each(PROCEDURES)('a dossier of procedure $code', (p) => {
    let code: string;
    const counter = p.scenario.submit.channel !== 'online';
    /** Counter dossiers are entered by reception for a walk-in: they have no applicant account. */
    const owner = (a: Actor) => !counter && a.name === 'citizen';
    // Officers who work dossiers in the handling unit; its admin, designer or approver does not read files.
    const handles = (a: Actor) => a.roles.some((r) => OFFICER.includes(r.role) && r.unitCode === p.unit);

    beforeAll(async () => {
      server.clock.now = Date.parse(p.scenario.submit.at);
      // Sessions were opened at the seed time; the scenario may be days later.
      for (const a of ACTORS)
        if (a.login) cookie[a.name] = await signIn(server.app, a.login, demoPassword(a.login));
    });

    it('submitting: online by a signed-in person with the files, at the counter only by reception of the unit', async () => {
      const submission = { procedureCode: p.code, data: p.scenario.submit.data };
      // Online the components are the files the submitter uploads; at the counter the officer lists them.
      const body = async (a: Actor) =>
        counter
          ? { ...submission, channel: p.scenario.submit.channel, components: p.scenario.submit.components }
          : {
              ...submission,
              ...(uploads(a) ? await withFiles(server.app, cookie[a.name]!, submission) : {}),
            };
      const submitters: Actor[] = [];
      await matrix(
        `POST /dossiers (${p.scenario.submit.channel})`,
        async (a) => {
          const res = await request(a, 'POST', '/api/v1/dossiers', await body(a));
          if (res.statusCode === 201) submitters.push(a);
          return res;
        },
        // Who may not upload hands in no file: the required components are missing.
        (a) =>
          !a.login ? 401 : counter ? (has(a, 'reception', p.unit) ? 201 : 403) : uploads(a) ? 201 : 422,
      );
      // The dossier the rest of the matrix looks at: the demo citizen's (or the counter officer's).
      const submitter = counter ? ACTORS[3] : ACTORS[1];
      const mine = await request(submitter, 'POST', '/api/v1/dossiers', await body(submitter));
      expect(mine.statusCode, mine.body).toBe(201);
      code = mine.json().code;
      expect(submitters.length).toBeGreaterThan(0);
    });

    it('the public status is open to all', async () => {
      await matrix(
        `GET /dossiers/{${p.code}}`,
        (a) => request(a, 'GET', `/api/v1/dossiers/${code}`),
        () => 200,
      );
    });

    it('details: the applicant, officers of a handling unit, auditors — nobody else', async () => {
      await matrix(
        `GET /dossiers/{${p.code}}/details`,
        (a) => request(a, 'GET', `/api/v1/dossiers/${code}/details`),
        (a) => (!a.login ? 401 : owner(a) || has(a, 'auditor') || handles(a) ? 200 : 403),
      );
    });

    it('worklists show the dossier only to officers of its unit', async () => {
      for (const a of ACTORS.filter((x) => isOfficer(x))) {
        const res = await request(a, 'GET', '/api/v1/worklist?limit=200');
        const codes = (res.json().items as { code: string }[]).map((i) => i.code);
        expect(codes.includes(code), `${a.name} sees ${code}`).toBe(has(a, 'reception', p.unit));
      }
    });

    it('“my dossiers” lists it for its applicant only', async () => {
      for (const a of ACTORS.filter((x) => x.login)) {
        const res = await request(a, 'GET', '/api/v1/me/dossiers?limit=200');
        const codes = (res.json().items as { code: string }[]).map((i) => i.code);
        expect(codes.includes(code), `${a.name} lists ${code}`).toBe(owner(a));
      }
    });

    it('acting (accept): only reception of the unit; everyone else is refused and nothing changes', async () => {
      const refusedFirst = [...ACTORS].sort(
        (x, y) => Number(has(x, 'reception', p.unit)) - Number(has(y, 'reception', p.unit)),
      );
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const a of refusedFirst) {
        const res = await request(a, 'POST', `/api/v1/dossiers/${code}/actions`, {
          action: 'accept',
          revision: 1,
        });
        got[a.name] = res.statusCode;
        want[a.name] = !a.login
          ? 401
          : has(a, 'reception', p.unit)
            ? a === refusedFirst.find((x) => has(x, 'reception', p.unit))
              ? 200
              : 409
            : 403;
      }
      expect(got).toEqual(want);
      const status = await request(ACTORS[0], 'GET', `/api/v1/dossiers/${code}`);
      expect(status.json().timeline.map((t: { event: string }) => t.event)).toContain('accept');
    });
  });
});
