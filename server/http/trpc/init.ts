/**
 * tRPC set-up. Errors carry the same body as REST (`data.error = {code, message: {vi, en}, path?}`) and the same
 * HTTP status; stacks are never sent (isDev off).
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { TRPC_CODE_BY_STATUS } from './codes.ts';
import { BAD_REQUEST, BODY_TOO_LARGE, toPublicError, validationError, type ErrorBody } from '../errors.ts';
import { compileStrict } from '../validation.ts';
import type { TrpcContext } from './context.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

/** tRPC's own refusals (unknown procedure, bad batch, unparsable input) in the product's words. */
const OWN: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorBody>> = {
  NOT_FOUND: {
    code: 'NOT_FOUND',
    message: message('http.notFound'),
  },
  PARSE_ERROR: {
    code: 'INVALID_JSON',
    message: message('http.invalidJson'),
  },
  BAD_REQUEST,
  METHOD_NOT_SUPPORTED: {
    code: 'METHOD_NOT_ALLOWED',
    message: message('http.methodNotAllowed'),
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

/** An input that requires nothing may be left out by the client (`trpc.session.me.queryOptions()`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is exactly "an object that requires nothing"
type OptionalIfEmpty<T> = {} extends T ? T | undefined : T;

/**
 * An input parser from an operation's input schema. It carries its schema, as a REST route
 * does, so that what a procedure takes can be read from the router (the hostile-input suite generates from it).
 */
export function parse<T>(schema: object): ((raw: unknown) => OptionalIfEmpty<T>) & { jsonSchema: object } {
  const validate = input<T>(compileStrict(schema));
  // An input with no required field may be left out, as a query without arguments is sent.
  const optional =
    (schema as { type?: unknown }).type === 'object' &&
    !(schema as { required?: unknown[] }).required?.length;
  return Object.assign((raw: unknown) => validate(raw === undefined && optional ? {} : raw), {
    jsonSchema: schema,
  });
}
