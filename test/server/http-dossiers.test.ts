/** A dossier's life through REST: submit, act step by step, public lookup; and the refusals on the way. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH, birthData, definitionOf, scenario, scenarioFiles } from '../support/examples.ts';
import { demoPassword, errorOf, seedDemoFast, signIn, testServer, type TestServer } from '../support/http.ts';
import { withFiles } from '../support/uploads.ts';
import { ACCOUNT, playSteps } from './http-lifecycle-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
});
afterAll(() => server.close());

/** Scenarios jump days ahead on the test clock: each request signs in afresh at the current time. */
const cookies = new Proxy({} as Record<string, Promise<string>>, {
  get: (_t, login: string) => signIn(server.app, login, demoPassword(login)),
});

const post = async (
  url: string,
  cookie: Promise<string>,
  payload: unknown,
  headers: Record<string, string> = {},
) =>
  server.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { ...headers, cookie: await cookie },
  });
const get = (url: string) => server.app.inject({ method: 'GET', url });

/** Online scenarios of the examples whose every step a demo account can take in the right order. */
const runnable = scenarioFiles()
  .filter((f) => !f.includes('illegal'))
  .map((f) => [f, scenario(f)] as const)
  .filter(([, s]) => s.submit.channel === 'online' && s.steps.every((st) => ACCOUNT[st.role]));

describe('a dossier through REST, for every online example scenario', () => {
  it.each(runnable)('%s', async (_file, scenario) => {
    server.clock.now = Date.parse(scenario.submit.at);
    const citizen = cookies.congdan;
    const submission = { procedureCode: definitionOf(scenario).code, data: scenario.submit.data };
    const submitted = await post(
      '/api/v1/dossiers',
      citizen,
      await withFiles(server.app, await citizen, submission),
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code, revision } = submitted.json();
    expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
    expect(revision).toBe(1);

    const last = await playSteps(server, code, revision, scenario.steps, (login) => cookies[login]);
    expect(last).toBe(revision + scenario.steps.length);

    const lookup = await get(`/api/v1/dossiers/${code}`);
    expect(lookup.statusCode).toBe(200);
    const status = lookup.json();
    expect(status.code).toBe(code);
    expect(status.timeline.length).toBeGreaterThan(scenario.steps.length);
    // The public status shows no personal data from the form.
    const applicant = scenario.submit.data.applicant as { fullName?: string; idNumber?: string } | undefined;
    for (const secret of [applicant?.fullName, applicant?.idNumber].filter(Boolean)) {
      expect(lookup.body).not.toContain(secret);
    }
  });
});

describe('submitting', () => {
  it('refuses a submission without the required files, whatever fields it sends, and stores nothing', async () => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const before = await server.store.count('dossiers');
    for (const body of [BIRTH, { ...BIRTH, attachments: [] }]) {
      const res = await post('/api/v1/dossiers', cookies.congdan, body);
      expect(res.statusCode, res.body).toBe(422);
      expect(errorOf(res)).toMatchObject({
        code: 'COMPONENTS_MISSING',
        path: '/components',
        details: ['birth_certificate'],
      });
    }
    // Listing a component online is not handing it in: the file is.
    const listed = await post('/api/v1/dossiers', cookies.congdan, {
      ...BIRTH,
      components: ['birth_certificate'],
    });
    expect(listed.statusCode).toBe(400);
    expect(errorOf(listed)).toMatchObject({ code: 'INPUT_INVALID', path: '/components' });
    expect(await server.store.count('dossiers')).toBe(before);
  });

  it('refuses form data the form does not allow: unknown fields, oversized values, a birth date to come', async () => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const before = await server.store.count('dossiers');
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { ...BIRTH.data, status: 'completed', x: '<script>alert(1)</script>' },
        '/status',
        'FORM_ADDITIONAL_PROPERTIES',
      ],
      [birthData({ child: { birthPlace: 'x'.repeat(900_000) } }), '/child/birthPlace', 'FORM_MAX_LENGTH'],
      [birthData({ child: { birthDate: '2099-01-01' } }), '/child/birthDate', 'FORM_CHECK_FAILED'],
    ];
    for (const [data, path, code] of cases) {
      const citizen = cookies.congdan;
      const body = await withFiles(server.app, await citizen, { ...BIRTH, data });
      const res = await post('/api/v1/dossiers', citizen, body);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(422);
      expect(errorOf(res)).toMatchObject({
        code: 'FORM_INVALID',
        path,
        details: expect.arrayContaining([expect.objectContaining({ path, code })]),
      });
    }
    expect(await server.store.count('dossiers')).toBe(before);
  });

  it('returns the first answer again for a retried Idempotency-Key, and refuses the key for another request', async () => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const body = await withFiles(server.app, await cookies.congdan, BIRTH);
    const key = { 'idempotency-key': 'retry-test-0001' };
    const first = await post('/api/v1/dossiers', cookies.congdan, body, key);
    expect(first.statusCode).toBe(201);
    const again = await post('/api/v1/dossiers', cookies.congdan, body, key);
    expect(again.statusCode).toBe(200);
    expect(again.json().code).toBe(first.json().code);
    expect(again.json().replayed).toBe(true);
    const other = await post(
      '/api/v1/dossiers',
      cookies.congdan,
      { ...body, data: { ...body.data, extractCopies: 3 } },
      key,
    );
    expect(other.statusCode).toBe(409);
    expect(errorOf(other).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('checks the form: invalid data is 422 with the path of the field', async () => {
    const res = await post('/api/v1/dossiers', cookies.congdan, {
      procedureCode: '1.001193',
      data: { child: {} },
    });
    expect(res.statusCode).toBe(422);
    const error = errorOf(res);
    expect(error.message.vi).toMatch(/[ăâđêôơư]/);
  });

  it('refuses an unknown procedure with 404', async () => {
    const res = await post('/api/v1/dossiers', cookies.congdan, { procedureCode: '9.999999', data: {} });
    expect(res.statusCode).toBe(404);
  });
});

describe('acting', () => {
  async function fresh(): Promise<string> {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const citizen = cookies.congdan;
    const res = await post('/api/v1/dossiers', citizen, await withFiles(server.app, await citizen, BIRTH));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().code;
  }

  it('answers a stale revision with 409 REVISION_CONFLICT carrying the current revision', async () => {
    const code = await fresh();
    const ok = await post(`/api/v1/dossiers/${code}/actions`, cookies.motcua, {
      action: 'accept',
      revision: 1,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await post(`/api/v1/dossiers/${code}/actions`, cookies.congdan, {
      action: 'pay',
      revision: 1,
      input: { amount: 16000, method: 'online' },
    });
    expect(stale.statusCode).toBe(409);
    const error = errorOf(stale);
    expect(error).toMatchObject({
      code: 'REVISION_CONFLICT',
      path: '/revision',
      details: { currentRevision: 2 },
    });
  });

  it('refuses an unknown action with a 4xx naming it', async () => {
    const code = await fresh();
    const res = await post(`/api/v1/dossiers/${code}/actions`, cookies.motcua, {
      action: 'teleport',
      revision: 1,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(errorOf(res).code).toBe('ACTION_UNKNOWN');
  });

  it('refuses an action on an unknown dossier with 404', async () => {
    const res = await post('/api/v1/dossiers/000.01.01.H41-261123-9999/actions', cookies.motcua, {
      action: 'accept',
      revision: 1,
    });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('DOSSIER_NOT_FOUND');
  });
});

describe('the worklist', () => {
  it('answers a page with its total and whether the total was capped', async () => {
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/v1/worklist?limit=5',
      headers: { cookie: await cookies.motcua },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ limit: 5, offset: 0, totalCapped: false });
    expect(body.total).toBeGreaterThanOrEqual(body.items.length);
    expect(body.items.length).toBeLessThanOrEqual(5);
  });
});
