/**
 * The working calendar through REST: the system admin edits it (others may not), invalid calendars are a 422 with
 * the path, and dossiers accepted afterwards are timed by the new calendar while earlier ones keep their due time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { scenario } from '../support/examples.ts';
import { withFiles } from '../support/uploads.ts';
import { client, type Client } from './http-lifecycle-support.ts';

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  api = client(server);
  await api.signIn('quantri', 'thietke', 'motcua', 'congdan', 'pheduyet');
});
afterAll(() => server.close());

const DEFAULT = {
  officeHours: [
    ['07:30', '11:30'],
    ['13:00', '17:00'],
  ],
  cutoff: '15:00',
};

/** Household business registration (3 working days), submitted and accepted now; its due time. */
async function acceptedDossier(): Promise<{ code: string; dueAt: string }> {
  const { data } = scenario('household-business-restart').submit;
  const submission = { procedureCode: '2.000720', data };
  const submitted = await api.call(
    'POST',
    '/api/v1/dossiers',
    'congdan',
    await withFiles(server.app, await api.cookie('congdan'), submission),
  );
  expect(submitted.statusCode, submitted.body).toBe(201);
  const { code } = submitted.json();
  const accepted = await api.call('POST', `/api/v1/dossiers/${code}/actions`, 'motcua', {
    action: 'accept',
    revision: 1,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { code, dueAt: accepted.json().dueAt };
}

const put = (spec: unknown, login = 'quantri') => api.call('PUT', '/api/v1/calendar', login, { spec });

describe('GET /calendar', () => {
  it('shows the stored spec to anyone signed in', async () => {
    const body = await api.expectOk(await api.call('GET', '/api/v1/calendar', 'quantri'));
    expect(body).toEqual({ spec: DEFAULT, updatedAt: '2026-11-23T09:00:00+07:00' });
    expect((await api.call('GET', '/api/v1/calendar', 'motcua')).statusCode).toBe(200);
    const anonymous = await api.call('GET', '/api/v1/calendar');
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
  });
});

describe('PUT /calendar', () => {
  it('is for the system admin only', async () => {
    for (const login of ['thietke', 'pheduyet', 'motcua', 'congdan']) {
      const res = await put({ ...DEFAULT, holidays: ['2026-11-24'] }, login);
      expect(res.statusCode, login).toBe(403);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
    const anonymous = await server.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar',
      payload: { spec: DEFAULT },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await api.call('GET', '/api/v1/calendar', 'quantri')).json().spec).toEqual(DEFAULT);
  });

  it.each([
    ['a cut-off that is no time', { cutoff: '25:00' }, '/cutoff'],
    ['a weekday that does not exist', { weekdays: [1, 7] }, '/weekdays/1'],
    ['a holiday that is no date', { holidays: ['2026-02-30'] }, '/holidays/0'],
    ['office hours that are no period', { officeHours: [['07:30']] }, '/officeHours/0'],
    // The engine names an unknown key in the message and points at the key itself.
    ['a key it does not know', { weekends: [0, 6] }, '/weekends'],
  ])('refuses %s with 422 CALENDAR_INVALID, the path and both languages', async (_what, spec, path) => {
    const audit = await server.store.count('auditLog');
    const res = await put(spec);
    expect(res.statusCode, res.body).toBe(422);
    const error = errorOf(res);
    expect(error).toMatchObject({ code: 'CALENDAR_INVALID', path });
    expect(error.message.vi).toMatch(/^Lịch làm việc không hợp lệ/);
    expect(error.message.en).toMatch(/^Invalid calendar/);
    expect(await server.store.count('auditLog')).toBe(audit);
  });

  it('refuses a body that is not {spec: object} with 400', async () => {
    for (const payload of [{}, { spec: 'x' }, { spec: DEFAULT, extra: 1 }]) {
      const res = await api.call('PUT', '/api/v1/calendar', 'quantri', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorOf(res).code).toBe('VALIDATION_FAILED');
    }
  });

  it('times dossiers accepted afterwards by the new calendar; earlier ones keep their due time', async () => {
    // Monday 09:00 + 3 working days of 8 h = Thursday 09:00.
    const before = await acceptedDossier();
    expect(before.dueAt).toBe('2026-11-26T09:00:00+07:00');

    // Tuesday and Wednesday become days off (a listed year's holidays replace the generated ones).
    const spec = { ...DEFAULT, holidays: ['2026-11-24', '2026-11-25'] };
    const saved = await api.expectOk(await put(spec));
    expect(saved.spec).toEqual(spec);
    expect((await api.call('GET', '/api/v1/calendar', 'thietke')).json().spec).toEqual(spec);

    const after = await acceptedDossier();
    expect(after.dueAt).toBe('2026-11-30T09:00:00+07:00');
    const earlier = await api.call('GET', `/api/v1/dossiers/${before.code}/details`, 'motcua');
    expect(earlier.json().dueAt).toBe('2026-11-26T09:00:00+07:00');

    // Saturday mornings open: the next dossier is due earlier again.
    await api.expectOk(await put({ ...spec, extraPeriods: [{ weekday: 6, hours: [['07:30', '11:30']] }] }));
    const saturday = await acceptedDossier();
    expect(saturday.dueAt).toBe('2026-11-28T09:00:00+07:00');
  });
});
