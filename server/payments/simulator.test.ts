/**
 * The gateway client against the simulator, with a merchant's IPN endpoint that checks each report as the
 * platform will (signature, merchant, order, amount, once only): the whole protocol over real HTTP on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentRedirect, readReport, type GatewayConfig, type IpnAnswer } from './gateway.ts';
import { SIGNATURE } from './signing.ts';
import { startGatewaySimulator, type GatewaySimulator } from './simulator.ts';

const SECRET = 'BIMATTHUNGHIEM0123456789ABCDEFGH';
const NOW = Date.parse('2026-11-23T09:00:00+07:00');
const orders = new Map<string, { amount: number; paid: boolean }>();
let merchant: Server;
let gateway: GatewaySimulator;
let config: GatewayConfig;

/** The merchant's side of the IPN, as the platform answers it. */
function answerIpn(query: URLSearchParams): IpnAnswer {
  const read = readReport(config, Object.fromEntries(query));
  if (!read.ok) return { RspCode: read.refusal === 'SIGNATURE_INVALID' ? '97' : '99', Message: read.refusal };
  const order = orders.get(read.report.orderId ?? '');
  if (!order) return { RspCode: '01', Message: 'Order not found' };
  if (order.amount !== read.report.amount) return { RspCode: '04', Message: 'Invalid amount' };
  if (order.paid) return { RspCode: '02', Message: 'Order already confirmed' };
  order.paid = read.report.paid;
  return { RspCode: '00', Message: 'Confirm Success' };
}

beforeAll(async () => {
  merchant = createServer((req, res) => {
    const answer = answerIpn(new URL(req.url!, 'http://merchant').searchParams);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  const ipnUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/ipn`;
  gateway = await startGatewaySimulator({ merchant: 'MOTCUA01', secret: SECRET, ipnUrl, now: () => NOW });
  config = {
    payUrl: gateway.payUrl,
    merchant: 'MOTCUA01',
    secret: SECRET,
    returnUrl: 'http://portal/pay/return',
  };
});
afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => merchant.close(resolve));
});

const order = (orderId: string, amount: number) => {
  orders.set(orderId, { amount, paid: false });
  return paymentRedirect(config, {
    orderId,
    amount,
    info: 'Lệ phí hồ sơ 000.00.23.H41-261123-0007',
    ip: '127.0.0.1',
    at: NOW,
    expiresAt: NOW + 15 * 60_000,
    language: 'vi',
  });
};

describe('paying through the gateway simulator', () => {
  it('shows the order on its page, in Vietnamese with the amount in words', async () => {
    const res = await fetch(order('DH-1', 200_000));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('200.000 đồng');
    expect(html).toContain('Hai trăm nghìn đồng');
    expect(html).toContain('Le phi ho so 000.00.23.H41-261123-0007');
  });

  it('reports a payment once by a signed IPN, and sends the person back with the same signed report', async () => {
    const { returnTo, report } = await gateway.decide(order('DH-2', 350_000), 'pay');
    expect(report.answer).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    expect(orders.get('DH-2')!.paid).toBe(true);
    const back = new URL(returnTo);
    expect(back.origin + back.pathname).toBe('http://portal/pay/return');
    const read = readReport(config, Object.fromEntries(back.searchParams));
    expect(read).toMatchObject({ ok: true, report: { orderId: 'DH-2', amount: 350_000, paid: true } });
    // The gateway retries its IPN: the second one changes nothing.
    expect((await gateway.sendIpn(report.params)).answer).toMatchObject({ RspCode: '02' });
  });

  it('reports a cancelled payment as not paid', async () => {
    const { report } = await gateway.decide(order('DH-3', 100_000), 'cancel');
    expect(report.params.vnp_ResponseCode).toBe('24');
    expect(orders.get('DH-3')!.paid).toBe(false);
  });

  it('has a forged, a wrong-amount and an unknown-order report refused by the merchant', async () => {
    const { report } = await gateway.decide(order('DH-4', 100_000), 'cancel');
    const forged = { ...report.params, vnp_ResponseCode: '00', vnp_TransactionStatus: '00' };
    expect((await gateway.sendIpn(forged)).answer).toMatchObject({ RspCode: '97' });
    expect(orders.get('DH-4')!.paid).toBe(false);

    orders.set('DH-5', { amount: 999, paid: false });
    const paid = await gateway.decide(order('DH-6', 100_000), 'pay');
    const { [SIGNATURE]: _, ...unsigned } = paid.report.params;
    expect((await gateway.sendIpn({ ...unsigned, vnp_TxnRef: 'DH-5' })).answer).toMatchObject({
      RspCode: '97',
    });
    orders.set('DH-6', { amount: 50_000, paid: false });
    expect((await gateway.sendIpn(paid.report.params)).answer).toMatchObject({ RspCode: '04' });
    orders.delete('DH-6');
    expect((await gateway.sendIpn(paid.report.params)).answer).toMatchObject({ RspCode: '01' });
  });

  it('refuses a payment page whose address was tampered with, or that expired', async () => {
    const url = new URL(order('DH-7', 100_000));
    url.searchParams.set('vnp_Amount', '100');
    const res = await fetch(url);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Chữ ký không hợp lệ');
    const expired = paymentRedirect(config, {
      orderId: 'DH-8',
      amount: 1000,
      info: 'x',
      ip: '127.0.0.1',
      at: NOW - 3_600_000,
      expiresAt: NOW - 60_000,
      language: 'vi',
    });
    expect(await (await fetch(expired)).text()).toContain('Giao dịch đã hết hạn');
  });

  it('takes the person’s choice from its page’s form and redirects them back', async () => {
    const redirect = order('DH-9', 20_000);
    const res = await fetch(new URL('/paymentv2/confirm', gateway.payUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        order: new URL(redirect).pathname + new URL(redirect).search,
        outcome: 'pay',
      }),
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^http:\/\/portal\/pay\/return\?/);
    expect(orders.get('DH-9')!.paid).toBe(true);
  });
});
