/**
 * Paying online through the gateway (the simulator on 127.0.0.1, the server listening for its IPN): the applicant's
 * order, the signed report that alone marks the fees paid, once; forged, replayed, wrong-amount and unknown-order
 * reports refused and audited; the return address; both dialects.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signed } from '../../server/payments/signing.ts';
import { startGatewaySimulator, type GatewaySimulator } from '../../server/payments/simulator.ts';
import { readVietQr, transferContent } from '../../server/payments/vietqr.ts';
import type { Gateway } from '../../server/services/online-payments.ts';
import { formatInstant } from '../../runtime/engine/time/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const birth = scenario('birth-registration');
const FEES = 16000;
const SECRET = 'BIMATTHUNGHIEM0123456789ABCDEFGH';

await withStores('online payments', (suite) => {
  let server: TestServer;
  let gateway: GatewaySimulator;
  let cookie: (login: string) => Promise<string>;
  const config: Gateway = {
    name: 'simulator',
    merchant: 'MOTCUA01',
    secret: SECRET,
    payUrl: '',
    returnUrl: '',
    collecting: { bankBin: '970415', account: '113000006100', holder: 'KHO BAC NHA NUOC TINH' },
  };

  const post = async (login: string, url: string, payload: object = {}) =>
    server.app.inject({ method: 'POST', url, headers: { cookie: await cookie(login) }, payload });
  const dossier = async (code: string) => (await suite.store().getDossier({ code }))!.state;
  const refusals = async () =>
    (
      await suite.store().run((tx) => tx.select('auditLog', { action: 'payment.report_refused' }), 'read')
    ).map((r) => (r.payload as { reason: string }).reason);

  /** A birth registration submitted online and accepted: it waits at its payment step. */
  async function awaitingPayment(): Promise<string> {
    server.clock.now = Date.parse(birth.submit.at);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code } = submitted.json();
    const accepted = await post('motcua', `/api/v1/dossiers/${code}/actions`, {
      action: 'accept',
      revision: 1,
    });
    expect(accepted.json()).toMatchObject({ status: 'awaiting_payment', fees: { total: FEES, paid: 0 } });
    return code;
  }

  beforeAll(async () => {
    server = await demoServer(suite, { gateway: config });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as AddressInfo;
    gateway = await startGatewaySimulator({
      merchant: config.merchant,
      secret: SECRET,
      ipnUrl: `http://127.0.0.1:${port}/api/v1/payments/gateway/ipn`,
      now: () => server.clock.now,
    });
    config.payUrl = gateway.payUrl;
    config.returnUrl = `http://127.0.0.1:${port}/api/v1/payments/gateway/return`;
    cookie = cookieJar(server.app, {});
  });
  afterAll(async () => {
    await gateway.close();
    await server.close();
  });

  it('marks the fees paid on the gateway’s signed report, once, and sends the person back to their dossier', async () => {
    const code = await awaitingPayment();
    const started = await post('congdan', `/api/v1/dossiers/${code}/payments`);
    expect(started.statusCode, started.body).toBe(201);
    const { orderId, amount, redirect } = started.json();
    expect(amount).toBe(FEES);
    expect(redirect.startsWith(gateway.payUrl + '?')).toBe(true);
    // Until the gateway reports, nothing is paid.
    expect((await dossier(code)).fees.paid).toBe(0);

    const { report, returnTo } = await gateway.decide(redirect, 'pay');
    expect(report.answer).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    const after = await dossier(code);
    expect(after.fees.paid).toBe(FEES);
    expect(after.status).not.toBe('awaiting_payment');
    const payments = await suite.store().run((tx) => tx.select('payments', {}), 'read');
    expect(payments.filter((p) => p.reference === report.params.vnp_TransactionNo)).toMatchObject([
      { amount: FEES, method: 'online', status: 'confirmed' },
    ]);
    const [order] = await suite.store().run((tx) => tx.select('paymentOrders', { id: orderId }), 'read');
    expect(order).toMatchObject({ status: 'paid', transactionNo: report.params.vnp_TransactionNo });

    // The gateway retries its report: applied once.
    const count = await suite.store().count('payments');
    expect((await gateway.sendIpn(report.params)).answer).toMatchObject({ RspCode: '02' });
    expect(await suite.store().count('payments')).toBe(count);
    expect(await refusals()).toContain('REPORT_REPLAYED');

    const back = await server.app.inject({
      method: 'GET',
      url: new URL(returnTo).pathname + new URL(returnTo).search,
    });
    expect(back.statusCode).toBe(302);
    expect(back.headers.location).toBe(`/ho-so/${code}/thanh-toan?payment=paid`);
  });

  it('refuses forged, wrong-amount and unknown-order reports, audits each, and pays nothing', async () => {
    const code = await awaitingPayment();
    const { redirect } = (await post('congdan', `/api/v1/dossiers/${code}/payments`)).json();
    const { report } = await gateway.decide(redirect, 'cancel');
    expect(report.answer).toMatchObject({ RspCode: '00' });
    const before = await suite.store().count('payments');

    const forged = { ...report.params, vnp_ResponseCode: '00', vnp_TransactionStatus: '00' };
    expect((await gateway.sendIpn(forged)).answer).toMatchObject({ RspCode: '97' });
    const { redirect: second } = (await post('congdan', `/api/v1/dossiers/${code}/payments`)).json();
    const order = Object.fromEntries(new URL(second).searchParams);
    const honest = {
      vnp_TmnCode: config.merchant,
      vnp_TxnRef: order.vnp_TxnRef,
      vnp_ResponseCode: '00',
      vnp_TransactionStatus: '00',
      vnp_TransactionNo: '99000001',
    };
    const cheap = signed({ ...honest, vnp_Amount: '100000' }, SECRET);
    expect((await gateway.sendIpn(cheap)).answer).toMatchObject({ RspCode: '04' });
    const unknown = signed({ ...honest, vnp_TxnRef: 'KHONG-CO', vnp_Amount: String(FEES * 100) }, SECRET);
    expect((await gateway.sendIpn(unknown)).answer).toMatchObject({ RspCode: '01' });

    expect(await suite.store().count('payments')).toBe(before);
    expect((await dossier(code)).fees.paid).toBe(0);
    expect(await refusals()).toEqual(
      expect.arrayContaining(['SIGNATURE_INVALID', 'AMOUNT_MISMATCH', 'ORDER_UNKNOWN']),
    );
  });

  it('is for the applicant of a dossier that waits for a payment', async () => {
    const code = await awaitingPayment();
    const other = await post('motcua', `/api/v1/dossiers/${code}/payments`);
    expect(other.statusCode).toBe(403);
    const { redirect } = (await post('congdan', `/api/v1/dossiers/${code}/payments`)).json();
    await gateway.decide(redirect, 'pay');
    const again = await post('congdan', `/api/v1/dossiers/${code}/payments`);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'NOTHING_TO_PAY', path: '/code' });
    expect((await post('congdan', '/api/v1/dossiers/KHONG-CO/payments')).statusCode).toBe(404);
  });

  it('lists the day’s payments of the caller’s units for reconciliation: references, totals, who may see them', async () => {
    const online = await awaitingPayment();
    const { redirect } = (await post('congdan', `/api/v1/dossiers/${online}/payments`)).json();
    const { report } = await gateway.decide(redirect, 'pay');
    const counter = await awaitingPayment();
    const paid = await post('motcua', `/api/v1/dossiers/${counter}/actions`, {
      action: 'pay',
      revision: 2,
      input: { amount: FEES, method: 'counter', reference: 'BL-0001234' },
    });
    expect(paid.statusCode, paid.body).toBe(200);

    const day = formatInstant(server.clock.now).slice(0, 10);
    const get = async (login: string, query: string) =>
      server.app.inject({
        method: 'GET',
        url: `/api/v1/payments/reconciliation?${query}`,
        headers: { cookie: await cookie(login) },
      });
    for (const login of ['motcua', 'thanhtra']) {
      const list = await get(login, `date=${day}`);
      expect(list.statusCode, list.body).toBe(200);
      const body = list.json();
      expect(
        body.lines.filter((l: { dossierCode: string }) => [online, counter].includes(l.dossierCode)),
      ).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            dossierCode: online,
            amount: FEES,
            method: 'online',
            reference: report.params.vnp_TransactionNo,
          }),
          expect.objectContaining({
            dossierCode: counter,
            amount: FEES,
            method: 'counter',
            reference: 'BL-0001234',
          }),
        ]),
      );
      const sum = (lines: { amount: number }[]) => lines.reduce((n, l) => n + l.amount, 0);
      expect(body.total).toBe(sum(body.lines));
      expect(sum(body.totals)).toBe(body.total);
      expect(body).toMatchObject({ date: day, truncated: false });
    }
    const nextDay = formatInstant(server.clock.now + 86_400_000).slice(0, 10);
    expect((await get('motcua', `date=${nextDay}`)).json().lines).toEqual([]);

    expect((await get('congdan', `date=${day}`)).statusCode).toBe(403);
    expect((await get('motcua', `date=${day}&unitCode=000.00.00.H41`)).statusCode).toBe(403);
    const wrong = await get('motcua', 'date=2026-02-30');
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).path).toBe('/querystring/date');
  });

  it('tells the applicant what is owed, in words, with the VietQR transfer that pays it; nobody else', async () => {
    const code = await awaitingPayment();
    const get = async (login: string) =>
      server.app.inject({
        url: `/api/v1/dossiers/${code}/payments`,
        headers: { cookie: await cookie(login) },
      });
    const due = await get('congdan');
    expect(due.statusCode, due.body).toBe(200);
    const body = due.json();
    expect(body).toMatchObject({
      code,
      total: FEES,
      paid: 0,
      amount: FEES,
      amountInWords: 'Mười sáu nghìn đồng',
      waiting: true,
      online: true,
      transfer: { bankBin: '970415', account: '113000006100', content: transferContent(code) },
    });
    expect(readVietQr(body.transfer.payload)).toMatchObject({
      bankBin: '970415',
      account: '113000006100',
      amount: FEES,
      content: transferContent(code),
    });
    const officer = await get('motcua');
    expect(officer.statusCode).toBe(403);
    expect(errorOf(officer).code).toBe('FORBIDDEN');

    // Paid by transfer: nothing owed, no way to pay offered.
    await gateway.transfer(transferContent(code), FEES);
    expect((await get('congdan')).json()).toMatchObject({
      amount: 0,
      paid: FEES,
      waiting: false,
      online: false,
    });
    expect((await get('congdan')).json().transfer).toBeUndefined();
  });

  it('matches a VietQR bank transfer by the dossier code in its content: paid once, a wrong amount kept aside', async () => {
    const code = await awaitingPayment();
    const content = transferContent(code);
    const sent = await gateway.transfer(content, FEES);
    expect(sent.answer).toMatchObject({ RspCode: '00' });
    expect((await dossier(code)).fees.paid).toBe(FEES);
    const payments = await suite.store().run((tx) => tx.select('payments', {}), 'read');
    expect(payments.filter((p) => p.reference === sent.params.vnp_TransactionNo)).toMatchObject([
      { amount: FEES, method: 'bank_transfer', status: 'confirmed' },
    ]);
    // The bank repeats its notice: applied once.
    const count = await suite.store().count('payments');
    expect((await gateway.sendIpn(sent.params)).answer).toMatchObject({ RspCode: '02' });
    expect(await suite.store().count('payments')).toBe(count);

    // A transfer that names no dossier is refused and audited; one of the wrong amount is money to settle by hand.
    expect((await gateway.transfer('MC KHONG-CO', FEES)).answer).toMatchObject({ RspCode: '01' });
    expect((await gateway.transfer('tien phi', FEES)).answer).toMatchObject({ RspCode: '01' });
    const short = await awaitingPayment();
    const little = await gateway.transfer(transferContent(short), 1000);
    expect(little.answer).toMatchObject({ RspCode: '00' });
    expect((await dossier(short)).fees.paid).toBe(0);
    const [kept] = await suite
      .store()
      .run((tx) => tx.select('paymentOrders', { transactionNo: little.params.vnp_TransactionNo }), 'read');
    expect(kept).toMatchObject({ status: 'paid_unapplied', amount: 1000 });
    expect(await refusals()).toContain('ORDER_UNKNOWN');
  });
});
