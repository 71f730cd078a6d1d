/**
 * The client of a payment gateway with the shape of the national payment platform and the common Vietnamese
 * gateways (VNPAY 2.1): the citizen is sent to the gateway by a signed redirect; the gateway reports the outcome
 * twice, by the citizen's browser coming back (the return URL: shown, never trusted) and by a server-to-server
 * call (IPN), the only report that marks a fee paid. Both are signed; amounts travel in hundredths of a đồng.
 */
import { hasValidSignature, signed, type GatewayParams } from './signing.ts';
import { withoutDiacritics } from '../../runtime/engine/index.ts';

export interface GatewayConfig {
  /** The gateway's payment page. */
  payUrl: string;
  /** The merchant code the gateway gave the province (vnp_TmnCode). */
  merchant: string;
  secret: string;
  /** Where the gateway sends the citizen back. */
  returnUrl: string;
}

export interface PaymentOrder {
  /** Our order id (vnp_TxnRef): one per attempt to pay a dossier's fees. */
  orderId: string;
  /** Whole đồng. */
  amount: number;
  /** What the citizen sees on the gateway's page and their bank statement. */
  info: string;
  /** The citizen's address, as the gateway requires. */
  ip: string;
  at: number;
  expiresAt: number;
  language: 'vi' | 'en';
}

/** yyyyMMddHHmmss in Vietnam's time (UTC+7, no daylight saving), as the gateways write instants. */
export function gatewayTime(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}

export function fromGatewayTime(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - 7 * 3_600_000;
  return gatewayTime(ms) === text ? ms : undefined;
}

/** The signed address of the gateway's page for this order. */
export function paymentRedirect(config: GatewayConfig, order: PaymentOrder): string {
  const params = signed(
    {
      vnp_Version: '2.1.0',
      vnp_Command: 'pay',
      vnp_TmnCode: config.merchant,
      vnp_Amount: String(order.amount * 100),
      vnp_CurrCode: 'VND',
      vnp_TxnRef: order.orderId,
      // The gateways accept only ASCII here.
      vnp_OrderInfo: withoutDiacritics(order.info),
      vnp_OrderType: 'billpayment',
      vnp_Locale: order.language === 'vi' ? 'vn' : 'en',
      vnp_ReturnUrl: config.returnUrl,
      vnp_IpAddr: order.ip,
      vnp_CreateDate: gatewayTime(order.at),
      vnp_ExpireDate: gatewayTime(order.expiresAt),
    },
    config.secret,
  );
  return `${config.payUrl}?${new URLSearchParams(params).toString()}`;
}

/** What a signed report of the gateway says. */
export interface GatewayReport {
  /** Our order, or undefined for a bank transfer to the collecting account (a VietQR payment: no order). */
  orderId: string | undefined;
  /** The order info, or a transfer's content ("MC <dossier code>", see vietqr.ts). */
  content: string;
  /** Whole đồng. */
  amount: number;
  /** True when the money was taken (response and transaction status "00"). */
  paid: boolean;
  /** The gateway's own reference of the transaction: what the accountant matches against the bank. */
  transactionNo: string;
  bankCode: string;
  /** When the gateway took the money (ms), when it says. */
  paidAt: number | undefined;
  responseCode: string;
}

export type ReportRefusal = 'SIGNATURE_INVALID' | 'MERCHANT_UNKNOWN' | 'REPORT_MALFORMED';

/** Reads a report (the return URL's query or the IPN's): its facts once its signature and merchant check out. */
export function readReport(
  config: GatewayConfig,
  params: GatewayParams,
): { ok: true; report: GatewayReport } | { ok: false; refusal: ReportRefusal } {
  if (!hasValidSignature(params, config.secret)) return { ok: false, refusal: 'SIGNATURE_INVALID' };
  if (params.vnp_TmnCode !== config.merchant) return { ok: false, refusal: 'MERCHANT_UNKNOWN' };
  const hundredths = Number(params.vnp_Amount);
  if (!Number.isSafeInteger(hundredths) || hundredths < 0 || hundredths % 100 !== 0)
    return { ok: false, refusal: 'REPORT_MALFORMED' };
  const responseCode = params.vnp_ResponseCode ?? '';
  return {
    ok: true,
    report: {
      orderId: params.vnp_TxnRef || undefined,
      content: params.vnp_OrderInfo ?? '',
      amount: hundredths / 100,
      paid: responseCode === '00' && params.vnp_TransactionStatus === '00',
      transactionNo: params.vnp_TransactionNo ?? '',
      bankCode: params.vnp_BankCode ?? '',
      paidAt: params.vnp_PayDate ? fromGatewayTime(params.vnp_PayDate) : undefined,
      responseCode,
    },
  };
}

/**
 * The answer the gateway expects to its IPN: "00" taken; "01" unknown order; "02" already confirmed; "04" wrong
 * amount; "97" bad signature; "99" anything else. The gateway retries until it gets one.
 */
export type IpnAnswer = { RspCode: '00' | '01' | '02' | '04' | '97' | '99'; Message: string };
