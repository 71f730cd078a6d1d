/**
 * What a person may do now on a dossier (REST GET /dossiers/{code}/actions and tRPC dossiers.availableActions,
 * both dialects): the engine's offers, with the input each takes; read only by those who may read the dossier.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const birth = scenario('birth-registration');
const UNIT = '000.01.01.H41';
const FEES = 16000;

await withStores('available actions', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  const trpc = trpcClient(
    () => server.app,
    (login) => cookie(login),
  );
  const get = async (login: string | undefined, code: string) =>
    server.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${code}/actions`,
      headers: login ? { cookie: await cookie(login) } : {},
    });
  const offered = async (login: string, code: string) => {
    const res = await get(login, code);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { revision: number; actions: { action: string; node?: string; input: object }[] };
  };

  beforeAll(async () => {
    server = await demoServer(suite, {
      users: [
        { login: 'motcuakhac', password: 'pw', roles: [{ unitCode: '000.01.02.H41', role: 'reception' }] },
        { login: 'congdan2', password: 'pw', roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }] },
      ],
    });
    cookie = cookieJar(server.app, { motcuakhac: 'pw', congdan2: 'pw' });
  });
  afterAll(() => server.close());

  async function submitted(): Promise<string> {
    server.clock.now = Date.parse(birth.submit.at);
    const res = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().code;
  }

  it('lists what each may do now, with the input each action takes, the same over REST and tRPC', async () => {
    const code = await submitted();
    const reception = await offered('motcua', code);
    expect(reception.revision).toBe(1);
    expect(reception.actions.map((a) => a.action)).toEqual(['accept', 'request_supplement', 'refuse']);
    expect(reception.actions[0]).toMatchObject({
      node: 'reception',
      role: 'reception',
      unit: UNIT,
      label: { vi: 'Tiếp nhận', en: 'Accept' },
      input: { type: 'object' },
    });
    expect((await offered('congdan', code)).actions.map((a) => a.action)).toEqual(['withdraw']);
    expect((await offered('chuyenvien', code)).actions).toEqual([]);
    const viaTrpc = await trpc.query('dossiers.availableActions', { code }, 'motcua');
    expect(viaTrpc.status).toBe(200);
    expect(viaTrpc.data).toEqual(reception);
  });

  it('follows the dossier: after acceptance, reception records the payment of the amount due', async () => {
    const code = await submitted();
    const [accept] = (await offered('motcua', code)).actions;
    const accepted = await server.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${code}/actions`,
      headers: { cookie: await cookie('motcua') },
      payload: { action: accept.action, node: accept.node, revision: 1 },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const now = await offered('motcua', code);
    expect(now.revision).toBe(2);
    expect(now.actions.find((a) => a.action === 'pay')?.input).toMatchObject({
      properties: { amount: { const: FEES }, method: { enum: ['counter'] } },
    });
    // The applicant pays at the counter or online: never records a payment.
    expect((await offered('congdan', code)).actions.map((a) => a.action)).not.toContain('pay');
  });

  it('is read only by those who may read the dossier, as its details are', async () => {
    const code = await submitted();
    for (const [login, status, errorCode] of [
      [undefined, 401, 'UNAUTHENTICATED'],
      ['motcuakhac', 403, 'FORBIDDEN'],
      ['congdan2', 403, 'FORBIDDEN'],
    ] as const) {
      const res = await get(login, code);
      expect([res.statusCode, errorOf(res).code], login).toEqual([status, errorCode]);
      const details = await server.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${code}/details`,
        headers: login ? { cookie: await cookie(login) } : {},
      });
      expect(details.statusCode, login).toBe(status);
      if (login) {
        const viaTrpc = await trpc.query('dossiers.availableActions', { code }, login);
        expect([viaTrpc.status, viaTrpc.error?.code]).toEqual([status, errorCode]);
      }
    }
    const unknown = await get('motcua', 'NOPE-000000-0000');
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
  });
});
