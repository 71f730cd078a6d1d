/**
 * tRPC set-up. Errors carry the same body as REST (`data.error = {code, message: {vi, en}, path?}`) and the same
 * HTTP status; stacks are never sent (isDev off).
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { TRPC_CODE_BY_STATUS } from './codes.ts';
import { contextOf } from '../deps.ts';
import { BAD_REQUEST, BODY_TOO_LARGE, toPublicError, validationError, type ErrorBody } from '../errors.ts';
import { codeParams } from '../schemas.ts';
import { compileStrict } from '../validation.ts';
import type { TrpcContext } from './context.ts';

/** tRPC's own refusals (unknown procedure, bad batch, unparsable input) in the product's words. */
const OWN: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorBody>> = {
  NOT_FOUND: {
    code: 'NOT_FOUND',
    message: { vi: 'Không có chức năng này.', en: 'There is no such tRPC procedure.' },
  },
  PARSE_ERROR: {
    code: 'INVALID_JSON',
    message: { vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.', en: 'The input is not valid JSON.' },
  },
  BAD_REQUEST,
  METHOD_NOT_SUPPORTED: {
    code: 'METHOD_NOT_ALLOWED',
    message: { vi: 'Phương thức không được hỗ trợ.', en: 'The method is not supported.' },
  },
  PAYLOAD_TOO_LARGE: BODY_TOO_LARGE,
};

function publicBody(error: TRPCError): ErrorBody {
  const fromCause = error.cause ? toPublicError(error.cause) : undefined;
  if (fromCause && fromCause.status < 500) return fromCause.body;
  return OWN[error.code] ?? toPublicError(undefined).body;
}

const t = initTRPC.context<TrpcContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const body = publicBody(error);
    return {
      message: body.message.en,
      code: shape.code,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, error: body },
    };
  },
});

/**
 * Service and auth refusals become TRPCErrors with the matching HTTP status (else tRPC would answer 500), and
 * keep their headers (Retry-After, Allow) as REST's sendError does.
 */
const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause ?? result.error;
    const { status, headers } = toPublicError(cause);
    if (headers) ctx.res.headers(headers);
    const code = TRPC_CODE_BY_STATUS[status];
    if (code && result.error.code === 'INTERNAL_SERVER_ERROR') {
      throw new TRPCError({ code, message: result.error.message, cause: cause as Error });
    }
  }
  return result;
});

export const router = t.router;
export const procedure = t.procedure.use(mapErrors);

/** An input parser from a JSON Schema: the same rules and messages as the REST body validation. */
export function input<T>(validate: { (data: unknown): boolean; errors?: unknown }): (raw: unknown) => T {
  return (raw) => {
    if (!validate(raw)) throw validationError((validate.errors ?? []) as never[], 'input');
    return raw as T;
  };
}

/** An input parser from a request schema (schemas.ts, lifecycle-schemas.ts). */
export const parse = <T>(schema: object) => input<T>(compileStrict(schema));

/** The one input of a procedure whose REST route takes path parameters and a body: both objects merged. */
export const withParams = <
  P extends { required: readonly string[]; properties: object },
  B extends { required?: readonly string[]; properties: object },
>(
  params: P,
  body: B,
) => ({
  ...body,
  required: [...params.required, ...(body.required ?? [])],
  properties: { ...body.properties, ...params.properties },
});

/** The service context of a signed-in caller (else 401), or of anyone (public procedures). */
export const signedIn = (c: TrpcContext) =>
  contextOf(c.deps, c.req, c.res, { signedIn: true }).then((r) => r.ctx);
export const anyone = (c: TrpcContext) =>
  contextOf(c.deps, c.req, c.res, { signedIn: false }).then((r) => r.ctx);

/** `{code}`: a procedure's or a dossier's code. */
export const codeInput = parse<{ code: string }>(codeParams);
