/**
 * A payment gateway on 127.0.0.1 that speaks the protocol of gateway.ts, so that paying runs end to end without the
 * real one: its page shows the order and lets the person pay or cancel; it then reports to the merchant by a signed
 * IPN (server to server) and sends the person back to the return URL with the same signed report. Started by the
 * tests and by `npm start -- --demo`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { amountInWords } from '../../runtime/engine/index.ts';
import { fromGatewayTime, gatewayTime, type IpnAnswer } from './gateway.ts';
import { hasValidSignature, signed, type GatewayParams } from './signing.ts';

export const PAY_PATH = '/paymentv2/vpcpay.html';
const CONFIRM_PATH = '/paymentv2/confirm';

export interface SimulatorOptions {
  merchant: string;
  secret: string;
  /** The merchant's IPN address. */
  ipnUrl: string;
  port?: number;
  now?: () => number;
}

export type Outcome = 'pay' | 'cancel';

export interface SentReport {
  params: GatewayParams;
  /** The merchant's answer to the IPN, or the reason there was none. */
  answer: IpnAnswer | { error: string };
}

export interface GatewaySimulator {
  /** The payment page's address (GatewayConfig.payUrl). */
  payUrl: string;
  /** Every IPN sent, with the merchant's answer. */
  reports: SentReport[];
  /** What the page's buttons do: the outcome reported by IPN, and where the person is sent back. */
  decide(redirect: string, outcome: Outcome): Promise<{ returnTo: string; report: SentReport }>;
  /** A bank's notice of a transfer to the collecting account (a VietQR payment): no order, the content names it. */
  transfer(content: string, amount: number): Promise<SentReport>;
  /** Sends these parameters to the merchant as an IPN (the tests' replays and forgeries). */
  sendIpn(params: GatewayParams): Promise<SentReport>;
  close(): Promise<void>;
}

class Refused extends Error {}

const vnd = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`;
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}dt{color:#555}dd{margin:0 0 .75rem;font-weight:600}button{font:inherit;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:6px;border:1px solid #1e4e9c;cursor:pointer}button[value=pay]{background:#1e4e9c;color:#fff}button[value=cancel]{background:#fff;color:#1e4e9c}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 64 * 1024) throw new Refused('body too large');
  }
  return new URLSearchParams(text);
}

export async function startGatewaySimulator(options: SimulatorOptions): Promise<GatewaySimulator> {
  const now = options.now ?? Date.now;
  let transactions = 0;
  const reports: SentReport[] = [];

  /** The order a payment page was opened for, once its signature, merchant and expiry check out. */
  function orderOf(redirect: string): GatewayParams {
    const params = Object.fromEntries(new URL(redirect, 'http://gateway').searchParams);
    if (!hasValidSignature(params, options.secret))
      throw new Refused('Chữ ký không hợp lệ / Invalid signature');
    if (params.vnp_TmnCode !== options.merchant) throw new Refused('Sai mã đơn vị / Unknown merchant');
    const expires = fromGatewayTime(params.vnp_ExpireDate ?? '');
    if (expires !== undefined && expires < now())
      throw new Refused('Giao dịch đã hết hạn / The order expired');
    return params;
  }

  async function sendIpn(params: GatewayParams): Promise<SentReport> {
    const url = `${options.ipnUrl}${options.ipnUrl.includes('?') ? '&' : '?'}${new URLSearchParams(params)}`;
    let report: SentReport;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      report = { params, answer: (await res.json()) as IpnAnswer };
    } catch (error) {
      report = { params, answer: { error: (error as Error).message } };
    }
    reports.push(report);
    return report;
  }

  function transfer(content: string, amount: number) {
    transactions += 1;
    const params = signed(
      {
        vnp_TmnCode: options.merchant,
        vnp_Amount: String(amount * 100),
        vnp_OrderInfo: content,
        vnp_BankCode: 'VIETQR',
        vnp_CardType: 'QRCODE',
        vnp_PayDate: gatewayTime(now()),
        vnp_TransactionNo: String(14_000_000 + transactions),
        vnp_ResponseCode: '00',
        vnp_TransactionStatus: '00',
      },
      options.secret,
    );
    return sendIpn(params);
  }

  async function decide(redirect: string, outcome: Outcome) {
    const order = orderOf(redirect);
    const paid = outcome === 'pay';
    transactions += 1;
    const params = signed(
      {
        vnp_TmnCode: order.vnp_TmnCode,
        vnp_Amount: order.vnp_Amount,
        vnp_TxnRef: order.vnp_TxnRef,
        vnp_OrderInfo: order.vnp_OrderInfo,
        vnp_BankCode: 'NCB',
        vnp_CardType: 'ATM',
        vnp_PayDate: gatewayTime(now()),
        // The gateway numbers cancelled attempts too; "24" is its code for a cancelled payment.
        vnp_TransactionNo: String(14_000_000 + transactions),
        vnp_ResponseCode: paid ? '00' : '24',
        vnp_TransactionStatus: paid ? '00' : '02',
      },
      options.secret,
    );
    const report = await sendIpn(params);
    return { returnTo: `${order.vnp_ReturnUrl}?${new URLSearchParams(params)}`, report };
  }

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://gateway');
    const answer = (status: number, html: string) =>
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    void (async () => {
      try {
        if (request.method === 'GET' && url.pathname === PAY_PATH) {
          const order = orderOf(request.url!);
          const amount = Number(order.vnp_Amount) / 100;
          answer(
            200,
            page(
              'Cổng thanh toán (thử nghiệm)',
              `<dl><dt>Nội dung</dt><dd>${escape(order.vnp_OrderInfo ?? '')}</dd><dt>Số tiền</dt><dd>${vnd(amount)}<br><small>${escape(amountInWords(amount))}</small></dd><dt>Mã giao dịch</dt><dd>${escape(order.vnp_TxnRef)}</dd></dl><form method="post" action="${CONFIRM_PATH}"><input type="hidden" name="order" value="${escape(request.url!)}"><button name="outcome" value="pay">Thanh toán</button><button name="outcome" value="cancel">Hủy giao dịch</button></form>`,
            ),
          );
          return;
        }
        if (request.method === 'POST' && url.pathname === CONFIRM_PATH) {
          const form = await formBody(request);
          const outcome: Outcome = form.get('outcome') === 'pay' ? 'pay' : 'cancel';
          const { returnTo } = await decide(form.get('order') ?? '', outcome);
          response.writeHead(302, { location: returnTo }).end();
          return;
        }
        answer(404, page('Không tìm thấy / Not found', ''));
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        answer(400, page('Không thực hiện được giao dịch', `<p>${escape(error.message)}</p>`));
      }
    })().catch(() => answer(500, page('Lỗi cổng thanh toán / Gateway error', '')));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    payUrl: `http://127.0.0.1:${port}${PAY_PATH}`,
    reports,
    decide,
    sendIpn,
    transfer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
