/**
 * A dossier's history and its process control slip (form 06) through REST after a few steps, and who may read
 * them: the applicant and the officers of the handling units, not other citizens or officers of other units.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUsers, errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { withFiles } from '../support/uploads.ts';
import { client, playSteps, type Client } from './http-lifecycle-support.ts';

const birth = scenario('birth-registration');
const SLIP_TIME = /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/;

let server: TestServer;
let api: Client;
let code: string;
beforeAll(async () => {
  server = await testServer({
    setup: async (store, clock) => {
      await seedDemoFast(store, clock.now);
      await addUsers(store, clock.now, [
        // Another citizen, and a reception officer of a unit that has nothing to do with birth registration.
        { login: 'congdankhac', password: 'pw', roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }] },
        { login: 'motcuaxaydung', password: 'pw', roles: [{ unitCode: '000.00.12.H41', role: 'reception' }] },
      ]);
    },
  });
  api = client(server, { congdankhac: 'pw', motcuaxaydung: 'pw' });

  // Submitted at 14:10, then accepted, paid, appraised and approved (the first four steps of the scenario).
  server.clock.now = Date.parse(birth.submit.at);
  const submitted = await api.call(
    'POST',
    '/api/v1/dossiers',
    'congdan',
    await withFiles(server.app, await api.cookie('congdan'), BIRTH),
  );
  expect(submitted.statusCode, submitted.body).toBe(201);
  code = submitted.json().code;
  const steps = birth.steps.slice(0, 4);
  expect(steps.map((step) => step.action)).toEqual(['accept', 'pay', 'complete', 'approve']);
  await playSteps(server, code, submitted.json().revision, steps, api.cookie);
});
afterAll(() => server.close());

describe('GET /dossiers/{code}/control-slip', () => {
  it('has one row per hand-off: unit, times received and handed over, who gave and received, the result', async () => {
    const slip = await api.expectOk(
      await api.call('GET', `/api/v1/dossiers/${code}/control-slip`, 'congdan'),
    );
    expect(slip).toMatchObject({ form: '06', code, procedureCode: '1.001193' });
    const rows = slip.rows as {
      step: string;
      unit: string;
      receivedAt: string;
      handedOverAt: string;
      giver: { name: string; role: string };
      receivers: { step: string; role: string; person: { name: string } | null }[];
      result: string | null;
    }[];
    expect(rows.map((r) => r.step)).toEqual(['reception', 'payment', 'appraisal', 'sign']);
    for (const r of rows) {
      expect(r.unit).toBe('000.01.01.H41');
      expect(r.receivedAt).toMatch(SLIP_TIME);
      expect(r.handedOverAt).toMatch(SLIP_TIME);
      expect([null, 'early', 'on_time', 'late']).toContain(r.result);
    }
    expect(rows[0]).toMatchObject({
      receivedAt: '14:10 23/11/2026',
      handedOverAt: '14:20 23/11/2026',
      giver: { name: 'Trần Thị Một Cửa (tiếp nhận)', role: 'reception' },
      // The fee was paid at the counter: the officer who recorded it took the payment step up.
      receivers: [{ step: 'payment', role: 'citizen', person: { name: 'Trần Thị Một Cửa (tiếp nhận)' } }],
      // Half a working hour from 14:10, handed over at 14:20: within the due day and time.
      result: 'on_time',
    });
    expect(rows[2]).toMatchObject({
      step: 'appraisal',
      receivedAt: '14:30 23/11/2026',
      handedOverAt: '14:50 23/11/2026',
      giver: { name: 'Lê Văn Thụ Lý (chuyên viên)' },
      receivers: [{ step: 'sign', role: 'leader', person: { name: 'Phạm Văn Lãnh Đạo (lãnh đạo)' } }],
    });
    // The leader approved at 15:30; nobody has taken up the next step yet.
    expect(rows[3]).toMatchObject({
      handedOverAt: '15:30 23/11/2026',
      receivers: [{ step: 'issue', person: null }],
      result: 'on_time',
    });
  });
});

describe('GET /dossiers/{code}/history', () => {
  it('lists every step in order with who acted and when', async () => {
    const history = await api.expectOk(await api.call('GET', `/api/v1/dossiers/${code}/history`, 'motcua'));
    expect(history.code).toBe(code);
    const items = history.items as {
      seq: number;
      time: string;
      event: string;
      actor: { name: string } | null;
      slips: string[];
    }[];
    expect(items.map((i) => i.event)).toEqual(['submit', 'accept', 'pay', 'complete', 'approve']);
    expect(items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((i) => i.time)).toEqual([
      '14:10 23/11/2026',
      '14:20 23/11/2026',
      '14:30 23/11/2026',
      '14:50 23/11/2026',
      '15:30 23/11/2026',
    ]);
    expect(items[1]).toMatchObject({ actor: { name: 'Trần Thị Một Cửa (tiếp nhận)' }, slips: ['01'] });
  });
});

describe('who may read them', () => {
  const routes = () => [`/api/v1/dossiers/${code}/history`, `/api/v1/dossiers/${code}/control-slip`];

  it('the applicant, the officers of the handling unit, and auditors', async () => {
    for (const login of ['congdan', 'motcua', 'chuyenvien', 'lanhdao', 'thanhtra']) {
      for (const url of routes())
        expect((await api.call('GET', url, login)).statusCode, `${login} ${url}`).toBe(200);
    }
  });

  it('not another citizen, an officer of another unit, or a designer: 403', async () => {
    for (const login of ['congdankhac', 'motcuaxaydung', 'thietke']) {
      for (const url of routes()) {
        const res = await api.call('GET', url, login);
        expect(res.statusCode, `${login} ${url}`).toBe(403);
        expect(errorOf(res).code).toBe('FORBIDDEN');
        expect(res.body).not.toContain('Nguyễn Văn Dân');
      }
    }
  });

  it('not anyone signed out: 401; an unknown dossier: 404; a malformed code: 400', async () => {
    for (const url of routes()) {
      const res = await api.call('GET', url);
      expect(res.statusCode).toBe(401);
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
    const unknown = await api.call('GET', '/api/v1/dossiers/000.01.01.H41-261123-9999/history', 'motcua');
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).code).toBe('DOSSIER_NOT_FOUND');
    const malformed = await api.call('GET', '/api/v1/dossiers/a%20b/control-slip', 'motcua');
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/params/code' });
  });
});
