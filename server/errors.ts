/**
 * The one error the server throws for anything the caller got wrong (services, auth, HTTP, uploads): a stable
 * code, the message in Vietnamese and English, the HTTP status it maps to, where in the input it applies, and any
 * headers the answer needs (Retry-After, Allow). Anything else thrown is a bug (500).
 */
import type { EngineError, Localized } from '../runtime/engine/index.ts';
import { message } from '../runtime/engine/messages/index.ts';

export type HttpStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 502 | 503;

export class ServiceError extends Error {
  /** The message in both languages (`Error.message` holds the English text, for logs). */
  readonly localized: Localized;

  constructor(
    readonly code: string,
    message: Localized,
    readonly httpStatus: HttpStatus,
    readonly path?: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message.en);
    this.name = 'ServiceError';
    this.localized = message;
  }

  /** The body of an error response: `{ code, message: {vi, en}, path?, details? }`. */
  body() {
    return {
      code: this.code,
      message: { vi: this.localized.vi, en: this.localized.en },
      ...(this.path !== undefined ? { path: this.path } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

type ErrorExtra = { path?: string; details?: unknown; headers?: Record<string, string> };

/** A refusal with a stable code and a message of the catalogue: `serviceError(code, status, message(key, params))`. */
export function serviceError(
  code: string,
  httpStatus: HttpStatus,
  text: Localized,
  extra: ErrorExtra = {},
): ServiceError {
  return new ServiceError(code, text, httpStatus, extra.path, extra.details, extra.headers);
}

/** Engine refusals that are about who acts, or about the dossier's state, rather than about the input. */
const ENGINE_STATUS: Record<string, HttpStatus> = {
  ROLE_NOT_ALLOWED: 403,
  UNIT_NOT_ALLOWED: 403,
  ACTION_NOT_AVAILABLE: 409,
  DOSSIER_FINISHED: 409,
  DOSSIER_AWAITING_SUPPLEMENT: 409,
  NOT_AWAITING_SUPPLEMENT: 409,
  EXTEND_ALREADY_USED: 409,
  WITHDRAW_TOO_LATE: 409,
  TIMER_STALE: 409,
};

/** An engine error as a ServiceError: 422 (the input cannot be processed) unless listed above. */
export function fromEngine(error: EngineError): ServiceError {
  return new ServiceError(
    error.code,
    error.message,
    ENGINE_STATUS[error.code] ?? 422,
    error.path,
    error.details,
  );
}

export const unauthenticated = () => serviceError('UNAUTHENTICATED', 401, message('server.unauthenticated'));

export const forbidden = (text: Localized, details?: unknown) =>
  serviceError('FORBIDDEN', 403, text, { details });

export const invalidInput = (path: string, text: Localized) =>
  serviceError('INPUT_INVALID', 400, text, { path });
