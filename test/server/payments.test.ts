/**
 * Fees become paid only on a confirmation the applicant cannot forge: the applicant's `pay` is refused with where
 * to pay; the one-stop officer of the handling unit records a counter payment with its receipt number, written to
 * the payments table and the audit log with the dossier change (REST and tRPC, both dialects).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAudit } from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const birth = scenario('birth-registration');
const FEES = 16000;
const RECEIPT = { amount: FEES, method: 'counter', reference: 'BL-261123-0001' };

await withStores('payments', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  const { mutate } = trpcClient(
    () => server.app,
    (login) => cookie(login),
  );

  const post = async (login: string | undefined, url: string, payload: object) =>
    server.app.inject({
      method: 'POST',
      url,
      headers: login ? { cookie: await cookie(login) } : {},
      payload,
    });
  const pay = (login: string | undefined, code: string, revision: number, input: object) =>
    post(login, `/api/v1/dossiers/${code}/actions`, { action: 'pay', revision, input });
  /** The rows a refused payment must leave alone. */
  const written = async () => ({
    payments: await suite.store().count('payments'),
    audit: await suite.store().count('auditLog'),
    events: await suite.store().count('dossierEvents'),
  });

  /** A birth registration submitted online and accepted: it waits at its payment step (revision 2). */
  async function awaitingPayment(): Promise<string> {
    server.clock.now = Date.parse(birth.submit.at);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code } = submitted.json();
    const accepted = await post('motcua', `/api/v1/dossiers/${code}/actions`, {
      action: 'accept',
      revision: 1,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'awaiting_payment', fees: { total: FEES, paid: 0 } });
    server.clock.now = Date.parse('2026-11-23T14:30:00+07:00');
    return code;
  }

  beforeAll(async () => {
    server = await demoServer(suite, {
      users: [
        { login: 'motcuakhac', password: 'pw', roles: [{ unitCode: '000.01.02.H41', role: 'reception' }] },
        // `system` cannot be granted through the API; even written straight into the database it acts nowhere.
        { login: 'hethong', password: 'pw', roles: [{ unitCode: '000.01.01.H41', role: 'system' }] },
      ],
    });
    cookie = cookieJar(server.app, { motcuakhac: 'pw', hethong: 'pw' });
    for (const login of ['congdan', 'motcua', 'chuyenvien', 'motcuakhac', 'hethong']) await cookie(login);
  });
  afterAll(() => server.close());

  it('refuses the applicant’s own pay, whatever it claims, and says where to pay; nothing is written', async () => {
    const code = await awaitingPayment();
    const before = await written();
    const claims = [
      RECEIPT,
      { amount: FEES, method: 'online', reference: 'VNPAY-FORGED' },
      { amount: FEES, method: 'bank_transfer', reference: 'FT-FORGED' },
      { amount: FEES, method: 'online' },
    ];
    for (const input of claims) {
      const res = await pay('congdan', code, 2, input);
      expect(res.statusCode, res.body).toBe(403);
      const error = errorOf(res);
      expect(error).toMatchObject({
        code: 'PAYMENT_CONFIRMATION_REQUIRED',
        path: '/action',
        details: { due: FEES, unit: '000.01.01.H41' },
      });
      expect(error.message.vi).toContain('Bộ phận Một cửa của đơn vị 000.01.01.H41');
      expect(error.message.vi).toContain('biên lai');
      expect(error.message.en).toContain('one-stop reception of unit 000.01.01.H41');
    }
    const viaTrpc = await mutate(
      'dossiers.act',
      { code, action: 'pay', revision: 2, input: RECEIPT },
      'congdan',
    );
    expect(viaTrpc.status).toBe(403);
    expect(viaTrpc.error?.code).toBe('PAYMENT_CONFIRMATION_REQUIRED');
    expect(await written()).toEqual(before);
    expect((await suite.store().getDossier({ code }))!).toMatchObject({
      status: 'awaiting_payment',
      revision: 2,
    });
  });

  it('refuses everyone but the handling unit’s reception, and a payment without its receipt number', async () => {
    const code = await awaitingPayment();
    const before = await written();
    const refusals: [string | undefined, object, number, string][] = [
      [undefined, RECEIPT, 401, 'UNAUTHENTICATED'],
      ['motcuakhac', RECEIPT, 403, 'FORBIDDEN'],
      ['hethong', { ...RECEIPT, method: 'online' }, 403, 'FORBIDDEN'],
      ['chuyenvien', RECEIPT, 403, 'ROLE_NOT_ALLOWED'],
      ['motcua', { amount: FEES, method: 'counter' }, 422, 'PAYMENT_REFERENCE_REQUIRED'],
      ['motcua', { ...RECEIPT, reference: ' ' }, 422, 'PAYMENT_REFERENCE_REQUIRED'],
      ['motcua', { ...RECEIPT, method: 'online' }, 422, 'INPUT_INVALID'],
      ['motcua', { ...RECEIPT, amount: FEES - 1 }, 422, 'PAYMENT_AMOUNT_MISMATCH'],
    ];
    for (const [login, input, status, errorCode] of refusals) {
      const res = await pay(login, code, 2, input);
      expect(res.statusCode, `${login} ${JSON.stringify(input)}: ${res.body}`).toBe(status);
      expect(errorOf(res).code).toBe(errorCode);
    }
    expect(await written()).toEqual(before);
  });

  it('records the counter payment with its receipt: the dossier moves on, one payment row, one audit entry', async () => {
    const code = await awaitingPayment();
    const before = await written();
    const res = await pay('motcua', code, 2, RECEIPT);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'received', revision: 3, fees: { total: FEES, paid: FEES } });
    expect(await written()).toEqual({
      payments: before.payments + 1,
      audit: before.audit + 1,
      events: before.events + 1,
    });

    const dossier = (await suite.store().getDossier({ code }))!;
    const rows = await suite
      .db()
      .exec('select id, amount, method, reference, status, created_at from payments where dossier_id = ?', [
        dossier.id,
      ]);
    expect(rows.map((r) => ({ ...r, amount: Number(r.amount), created_at: Number(r.created_at) }))).toEqual([
      {
        id: expect.any(String),
        amount: FEES,
        method: 'counter',
        reference: RECEIPT.reference,
        status: 'confirmed',
        created_at: server.clock.now,
      },
    ]);
    const [entry] = await suite
      .store()
      .run((tx) => tx.select('auditLog', { target: code, action: 'dossier.pay' }), 'read');
    expect(entry).toMatchObject({
      action: 'dossier.pay',
      target: code,
      actorId: (await suite.store().findUserByLogin('motcua'))!.id,
      payload: {
        revision: 3,
        status: 'received',
        payment: { id: rows[0].id, amount: FEES, method: 'counter', reference: RECEIPT.reference },
      },
    });

    // Paid once: a second payment is not awaited, and nothing more is recorded.
    const again = await pay('motcua', code, 3, RECEIPT);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('ACTION_NOT_AVAILABLE');
    expect(await suite.store().count('payments')).toBe(before.payments + 1);
    expect((await verifyAudit(suite.store())).ok).toBe(true);
  });

  it('records it through tRPC the same way', async () => {
    const code = await awaitingPayment();
    const before = await suite.store().count('payments');
    const paid = await mutate('dossiers.act', { code, action: 'pay', revision: 2, input: RECEIPT }, 'motcua');
    expect(paid.status).toBe(200);
    expect(paid.data).toMatchObject({ status: 'received', fees: { paid: FEES } });
    expect(await suite.store().count('payments')).toBe(before + 1);
  });
});
