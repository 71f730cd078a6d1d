/** HTTP statuses ↔ tRPC error codes, so that a refusal has the same status whichever surface it came through. */
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { ErrorBody } from '../errors.ts';

export const TRPC_CODE_BY_STATUS: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'BAD_REQUEST',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The tRPC error envelope for errors raised before tRPC saw the request (body parsing, size, content type):
 * the client reads them like any other tRPC error.
 */
export function trpcEnvelope(status: number, body: ErrorBody) {
  const key = TRPC_CODE_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR';
  return {
    error: {
      message: body.message.en,
      code: TRPC_ERROR_CODES_BY_KEY[key],
      data: { code: key, httpStatus: status, error: body },
    },
  };
}
