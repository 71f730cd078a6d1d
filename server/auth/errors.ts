/** Refusals of sign-in, of bearer tokens and of throttled lookups, as the one ServiceError the server answers with. */
import { serviceError, type ServiceError } from '../errors.ts';
import { joinLocalized, message } from '../../runtime/engine/messages/index.ts';
import type { Localized } from '../../runtime/engine/index.ts';

export const invalidCredentials = () =>
  serviceError('INVALID_CREDENTIALS', 401, message('auth.invalidCredentials'));

/** A 429 that says, in minutes and in its Retry-After header (seconds), when to try again. */
function throttled(code: string, retryAfterMs: number, text: Localized): ServiceError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return serviceError(
    code,
    429,
    joinLocalized([text, message(minutes === 1 ? 'auth.retryInOne' : 'auth.retryIn', { minutes })], ' '),
    { headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } },
  );
}

export const tooManyAttempts = (retryAfterMs: number) =>
  throttled('TOO_MANY_ATTEMPTS', retryAfterMs, message('auth.tooManyAttempts'));

export const tooManyLookups = (retryAfterMs: number) =>
  throttled('TOO_MANY_LOOKUPS', retryAfterMs, message('auth.tooManyLookups'));

export const invalidToken = () => serviceError('INVALID_TOKEN', 401, message('auth.invalidToken'));
