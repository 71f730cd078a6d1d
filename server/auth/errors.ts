/** Refusals of sign-in, of bearer tokens and of throttled lookups, as the one ServiceError the server answers with. */
import { serviceError, type ServiceError } from '../errors.ts';

export const invalidCredentials = () =>
  serviceError(
    'INVALID_CREDENTIALS',
    401,
    'Tên đăng nhập hoặc mật khẩu không đúng.',
    'The login or password is wrong.',
  );

/** A 429 that says, in minutes and in its Retry-After header (seconds), when to try again. */
function throttled(code: string, retryAfterMs: number, vi: string, en: string): ServiceError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return serviceError(
    code,
    429,
    `${vi} Vui lòng thử lại sau ${minutes} phút.`,
    `${en} Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } },
  );
}

export const tooManyAttempts = (retryAfterMs: number) =>
  throttled(
    'TOO_MANY_ATTEMPTS',
    retryAfterMs,
    'Bạn đã đăng nhập sai quá nhiều lần.',
    'Too many failed sign-in attempts.',
  );

export const tooManyLookups = (retryAfterMs: number) =>
  throttled(
    'TOO_MANY_LOOKUPS',
    retryAfterMs,
    'Địa chỉ của bạn đã tra cứu quá nhiều lần, hoặc quá nhiều mã hồ sơ không tồn tại.',
    'Too many lookups from your address, or too many codes that match no dossier.',
  );

export const invalidToken = () =>
  serviceError(
    'INVALID_TOKEN',
    401,
    'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
    'The access token is not valid, has expired or was revoked.',
  );
