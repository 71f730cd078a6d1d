/**
 * One error shape for every route: `{error: {code, message: {vi, en}, path?, details?}}` with a 4xx status
 * for anything the caller did wrong. Nothing else leaves the server: no stack, no library message.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import type { Localized } from '../../runtime/engine/index.ts';
import { localizeError, type Labels } from '../../runtime/engine/forms/index.ts';
import { ServiceError } from '../errors.ts';
import { trpcEnvelope } from './trpc/codes.ts';
import { joinLocalized, message } from '../../runtime/engine/messages/index.ts';

export interface ErrorBody {
  code: string;
  message: Localized;
  path?: string;
  details?: unknown;
}

export interface PublicError {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

/** A ServiceError (from the services, auth, uploads or this layer) as the answer it stands for. */
function fromServiceError(error: ServiceError): PublicError {
  return {
    status: error.httpStatus,
    body: error.body(),
    ...(error.headers ? { headers: error.headers } : {}),
  };
}

/** Answers tRPC gives in its own words too (trpc/init.ts). */
export const BODY_TOO_LARGE: ErrorBody = {
  code: 'BODY_TOO_LARGE',
  message: message('http.bodyTooLarge'),
};
export const BAD_REQUEST: ErrorBody = {
  code: 'BAD_REQUEST',
  message: message('http.badRequest'),
};

const PARTS: Record<string, Localized> = {
  body: message('http.body'),
  querystring: message('http.querystring'),
  params: message('http.params'),
  headers: message('http.headers'),
  input: message('http.input'),
};

/** Request fields are named by their key: “revision” phải là số nguyên / “revision” must be a whole number. */
const fieldNames: Labels = {
  labelAt(path) {
    const name = path.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~');
    return name ? { vi: name, en: name } : undefined;
  },
};

/** Request-shape errors reuse the engine's form message catalogue; the path says which part of the request. */
export function validationError(errors: readonly ErrorObject[], part: string): ServiceError {
  const first = errors[0];
  const where = PARTS[part] ?? PARTS.body;
  if (!first) {
    return new ServiceError('VALIDATION_FAILED', message('http.notValid', { where }), 400);
  }
  // The engine's catalogue calls the root "the form data"; here it is the body, the query string, …
  const field = localizeError(first, fieldNames, where);
  let path = field.path;
  const extra = (first.params as { additionalProperty?: unknown }).additionalProperty;
  if (first.keyword === 'additionalProperties' && typeof extra === 'string') {
    // Point at the field that should not be there, not at its parent.
    path = `${first.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return new ServiceError(
    'VALIDATION_FAILED',
    joinLocalized([field.message, '.'], ''),
    400,
    `/${part}${path}`,
  );
}

const framing = (code: string, text: Localized): ErrorBody => ({ code, message: text });
const BAD_URL = framing('BAD_URL', message('http.badUrl'));

const FRAMING: Record<string, [number, ErrorBody]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, framing('INVALID_JSON', message('http.invalidJsonBody'))],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, framing('INVALID_JSON', message('http.emptyJsonBody'))],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, BODY_TOO_LARGE],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, framing('UNSUPPORTED_MEDIA_TYPE', message('http.jsonOnly'))],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    framing('INVALID_CONTENT_LENGTH', message('http.invalidContentLength')),
  ],
  FST_ERR_MAX_PARAM_LENGTH: [414, framing('URI_TOO_LONG', message('http.uriTooLong'))],
  FST_ERR_ASYNC_CONSTRAINT: [400, BAD_URL],
  FST_ERR_BAD_URL: [400, BAD_URL],
  FST_ERR_INVALID_URL: [400, BAD_URL],
};

/**
 * Fastify's own errors, mostly about the request's framing, and its plugins' refusals (an http-errors object with a
 * 4xx statusCode and no code, such as @fastify/send's for a file path with a NUL byte).
 */
function fromFramework(error: FastifyError): PublicError | undefined {
  const known = FRAMING[error.code];
  if (known) {
    const [status, body] = known;
    return { status, body };
  }
  if (Array.isArray(error.validation)) {
    return fromServiceError(
      validationError(error.validation as ErrorObject[], error.validationContext ?? 'body'),
    );
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: BAD_REQUEST };
  }
  return undefined;
}

export const INTERNAL: ErrorBody = {
  code: 'INTERNAL',
  message: message('http.internal'),
};

/** Turns anything thrown into a status, the public error body and any headers (Retry-After, Allow). */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof ServiceError) return fromServiceError(error);
  if (error && typeof error === 'object') {
    const mapped = fromFramework(error as FastifyError);
    if (mapped) return mapped;
  }
  return { status: 500, body: INTERNAL };
}

export function sendError(reply: FastifyReply, error: unknown, request?: FastifyRequest): FastifyReply {
  const { status, body, headers } = toPublicError(error);
  if (status >= 500) (request?.log ?? reply.log).error({ err: error }, 'request failed');
  if (headers) reply.headers(headers);
  const path = request?.url ?? '';
  const trpc = path === '/trpc' || path.startsWith('/trpc/') || path.startsWith('/trpc?');
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(trpc ? trpcEnvelope(status, body) : { error: body });
}
