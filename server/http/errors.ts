/**
 * One error shape for every route: `{error: {code, message: {vi, en}, path?, details?}}` with a 4xx status
 * for anything the caller did wrong. Nothing else leaves the server: no stack, no library message.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import type { Localized } from '../../runtime/engine/index.ts';
import { localizeError, type Labels } from '../../runtime/engine/forms/index.ts';
import { RequestError } from '../auth/errors.ts';
import { trpcEnvelope } from './trpc/codes.ts';

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

export const badRequest = (code: string, vi: string, en: string, path?: string) =>
  new RequestError(400, code, { vi, en }, {}, path);

function isLocalized(v: unknown): v is Localized {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Localized).vi === 'string' &&
    typeof (v as Localized).en === 'string'
  );
}

/**
 * The services' ServiceError (code, message {vi, en}, httpStatus, path?, details?), matched by shape so that
 * this file does not depend on the services' module graph.
 */
function fromServiceError(e: unknown): PublicError | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const x = e as {
    code?: unknown;
    httpStatus?: unknown;
    message?: unknown;
    localized?: unknown;
    path?: unknown;
    details?: unknown;
  };
  const message = isLocalized(x.message) ? x.message : isLocalized(x.localized) ? x.localized : undefined;
  if (typeof x.code !== 'string' || typeof x.httpStatus !== 'number' || !message) return undefined;
  return {
    status: x.httpStatus,
    body: {
      code: x.code,
      message: { vi: message.vi, en: message.en },
      ...(typeof x.path === 'string' ? { path: x.path } : {}),
      ...(x.details !== undefined ? { details: x.details } : {}),
    },
  };
}

const PARTS: Record<string, Localized> = {
  body: { vi: 'Nội dung yêu cầu', en: 'The request body' },
  querystring: { vi: 'Tham số truy vấn', en: 'The query string' },
  params: { vi: 'Tham số đường dẫn', en: 'The path parameters' },
  headers: { vi: 'Tiêu đề yêu cầu', en: 'The request headers' },
  input: { vi: 'Dữ liệu đầu vào', en: 'The input' },
};

/** Request fields are named by their key: “revision” phải là số nguyên / “revision” must be a whole number. */
const fieldNames: Labels = {
  labelAt(path) {
    const name = path.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~');
    return name ? { vi: name, en: name } : undefined;
  },
};

/** Request-shape errors reuse the engine's form message catalogue; the path says which part of the request. */
export function validationError(errors: readonly ErrorObject[], part: string): RequestError {
  const first = errors[0];
  const where = PARTS[part] ?? PARTS.body;
  if (!first) {
    return new RequestError(400, 'VALIDATION_FAILED', {
      vi: `${where.vi} không hợp lệ.`,
      en: `${where.en} is not valid.`,
    });
  }
  const field = localizeError(first, fieldNames);
  let path = field.path;
  let message = { vi: `${field.message.vi}.`, en: `${field.message.en}.` };
  const extra = (first.params as { additionalProperty?: unknown }).additionalProperty;
  if (first.keyword === 'additionalProperties' && typeof extra === 'string') {
    // Point at the field that should not be there, not at its parent.
    path = `${first.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  } else if (path === '') {
    // The engine's catalogue calls the root "the form data"; here it is the body, the query string, …
    message = {
      vi: message.vi.replace(/^Dữ liệu biểu mẫu/, where.vi),
      en: message.en.replace(/^The form data/, where.en),
    };
  }
  return new RequestError(400, 'VALIDATION_FAILED', message, {}, `/${part}${path}`);
}

const FRAMING: Record<string, [number, string, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'INVALID_JSON',
    'Nội dung yêu cầu không phải JSON hợp lệ.',
    'The request body is not valid JSON.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'INVALID_JSON',
    'Nội dung yêu cầu trống trong khi khai báo là JSON.',
    'The request body is empty but declared as JSON.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'BODY_TOO_LARGE',
    'Nội dung yêu cầu quá lớn.',
    'The request body is too large.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.',
    'Unsupported content type; send application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'INVALID_CONTENT_LENGTH',
    'Độ dài nội dung không khớp với tiêu đề Content-Length.',
    'The body length does not match the Content-Length header.',
  ],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URI_TOO_LONG', 'Địa chỉ yêu cầu quá dài.', 'The request URL is too long.'],
  FST_ERR_ASYNC_CONSTRAINT: [
    400,
    'BAD_URL',
    'Địa chỉ yêu cầu không hợp lệ.',
    'The request URL is not valid.',
  ],
  FST_ERR_BAD_URL: [400, 'BAD_URL', 'Địa chỉ yêu cầu không hợp lệ.', 'The request URL is not valid.'],
  FST_ERR_INVALID_URL: [400, 'BAD_URL', 'Địa chỉ yêu cầu không hợp lệ.', 'The request URL is not valid.'],
};

/** Fastify's own errors, mostly about the request's framing. */
function fromFramework(error: FastifyError): PublicError | undefined {
  const known = FRAMING[error.code];
  if (known) {
    const [status, code, vi, en] = known;
    return { status, body: { code, message: { vi, en } } };
  }
  if (Array.isArray(error.validation)) {
    const e = validationError(error.validation as ErrorObject[], error.validationContext ?? 'body');
    return fromServiceError(e);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return {
      status,
      body: {
        code: 'BAD_REQUEST',
        message: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
      },
    };
  }
  return undefined;
}

export const INTERNAL: ErrorBody = {
  code: 'INTERNAL',
  message: {
    vi: 'Đã xảy ra lỗi trong hệ thống. Vui lòng thử lại sau.',
    en: 'Something went wrong on our side. Please try again later.',
  },
};

/** Turns anything thrown into a status, the public error body and any headers (Retry-After, Allow). */
export function toPublicError(error: unknown): PublicError {
  if (error instanceof RequestError) {
    const found = fromServiceError(error)!;
    return { ...found, headers: error.headers };
  }
  const service = fromServiceError(error);
  if (service) return service;
  if (error && typeof error === 'object' && typeof (error as FastifyError).code === 'string') {
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
