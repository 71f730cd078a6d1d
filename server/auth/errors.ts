/** Refusals of the auth and HTTP code: a stable code, both languages, the HTTP status it maps to. */
export interface Localized {
  vi: string;
  en: string;
}

export class RequestError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    readonly localized: Localized,
    readonly headers: Record<string, string> = {},
    readonly path?: string,
  ) {
    super(localized.en);
  }
}

export const invalidCredentials = () =>
  new RequestError(401, 'INVALID_CREDENTIALS', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The login or password is wrong.',
  });

export function tooManyAttempts(retryAfterMs: number): RequestError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new RequestError(
    429,
    'TOO_MANY_ATTEMPTS',
    {
      vi: `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      en: `Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    },
    { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
  );
}

export const unauthenticated = () =>
  new RequestError(401, 'UNAUTHENTICATED', {
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    en: 'You need to sign in to do this.',
  });

export const invalidToken = () =>
  new RequestError(401, 'INVALID_TOKEN', {
    vi: 'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.',
    en: 'The access token is not valid, has expired or was revoked.',
  });

export const forbidden = (
  localized: Localized = {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
) => new RequestError(403, 'FORBIDDEN', localized);
