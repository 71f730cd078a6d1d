/** Refusals of sign-in and of bearer tokens, as the one ServiceError the whole server answers with. */
import { serviceError, type ServiceError } from '../services/errors.ts';

export const invalidCredentials = () =>
  serviceError(
    'INVALID_CREDENTIALS',
    401,
    'Tên đăng nhập hoặc mật khẩu không đúng.',
    'The login or password is wrong.',
  );

export function tooManyAttempts(retryAfterMs: number): ServiceError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return serviceError(
    'TOO_MANY_ATTEMPTS',
    429,
    `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    `Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } },
  );
}

export const invalidToken = () =>
  serviceError(
    'INVALID_TOKEN',
    401,
    'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
    'The access token is not valid, has expired or was revoked.',
  );
