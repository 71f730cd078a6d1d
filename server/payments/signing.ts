/**
 * The signature of the Vietnamese payment gateways (VNPAY's 2.1 protocol, which the national payment platform and
 * most bank gateways share): the parameters other than the signature itself, sorted by name, each value
 * form-encoded, joined as a query string and signed with HMAC-SHA512 under the merchant's secret (hex).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type GatewayParams = Record<string, string>;

export const SIGNATURE = 'vnp_SecureHash';
const SIGNATURE_FIELDS = new Set([SIGNATURE, 'vnp_SecureHashType']);

/** application/x-www-form-urlencoded, as the gateways encode: spaces as "+". */
const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/** The text that is signed: every non-empty parameter but the signature, sorted by name. */
export function signedText(params: GatewayParams): string {
  return Object.keys(params)
    .filter((name) => !SIGNATURE_FIELDS.has(name) && params[name] !== '')
    .sort()
    .map((name) => `${encode(name)}=${encode(params[name])}`)
    .join('&');
}

export function signature(params: GatewayParams, secret: string): string {
  return createHmac('sha512', secret).update(signedText(params), 'utf8').digest('hex');
}

/** The parameters with their signature added. */
export function signed(params: GatewayParams, secret: string): GatewayParams {
  return { ...params, [SIGNATURE]: signature(params, secret) };
}

/** True only when the parameters carry the signature of exactly these values under this secret. */
export function hasValidSignature(params: GatewayParams, secret: string): boolean {
  const given = params[SIGNATURE];
  if (typeof given !== 'string' || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  return timingSafeEqual(
    Buffer.from(given.toLowerCase(), 'hex'),
    Buffer.from(signature(params, secret), 'hex'),
  );
}
