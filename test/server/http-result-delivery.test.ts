/**
 * The dossier details tell how the result is collected (`resultDelivery`): null when any way will do, and for a
 * version whose result must be collected in person, that document and the unit where — from the version the
 * dossier is pinned to, whichever version is live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTH, example, scenario } from '../support/examples.ts';
import { cookieJar, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { withFiles } from '../support/uploads.ts';

let server: TestServer;
let jar: ReturnType<typeof cookieJar>;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  jar = cookieJar(server.app);
});
afterAll(() => server.close());

const BIRTH_DEFINITION = example('birth-registration');

async function call(login: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await server.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: await jar(login) },
    ...(payload && { payload }),
  });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** Publishes a new version of the birth registration whose extract is handed over at the counter only. */
async function publishInPerson(): Promise<string> {
  const live = await call('thietke', 'GET', `/procedures/${BIRTH_DEFINITION.code}`);
  const draft = await call('thietke', 'POST', '/procedures/drafts', { fromVersion: live.versionId });
  const definition = {
    ...BIRTH_DEFINITION,
    results: BIRTH_DEFINITION.results.map((r) => ({ ...r, delivery: 'in_person' })),
  };
  await call('thietke', 'PUT', `/procedure-versions/${draft.id}`, { definition });
  await call('thietke', 'POST', `/procedure-versions/${draft.id}/submit`);
  await call('pheduyet', 'POST', `/procedure-versions/${draft.id}/approve`);
  await call('pheduyet', 'POST', `/procedure-versions/${draft.id}/publish`);
  return draft.id;
}

async function submitBirth(): Promise<string> {
  const cookie = await jar('congdan');
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    payload: await withFiles(server.app, cookie, BIRTH),
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().code as string;
}

describe('how a dossier’s result is collected, in its details', () => {
  it('is null when any way will do, and names the document and the unit when it must be collected in person', async () => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const before = await submitBirth();
    const details = (code: string, login = 'congdan') => call(login, 'GET', `/dossiers/${code}/details`);
    expect(await details(before)).toMatchObject({ resultDelivery: null });

    const versionId = await publishInPerson();
    const after = await submitBirth();
    const seen = await details(after);
    expect(seen.versionId).toBe(versionId);
    expect(seen.resultDelivery).toEqual({
      inPerson: true,
      unit: seen.unit,
      documents: [{ id: 'birth_extract', name: BIRTH_DEFINITION.results[0].name }],
    });
    // The officers read the same; the dossier filed before keeps its own version's answer.
    expect((await details(after, 'motcua')).resultDelivery).toEqual(seen.resultDelivery);
    expect(await details(before)).toMatchObject({ resultDelivery: null });
  });
});
