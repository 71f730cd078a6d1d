/** tRPC requests of the tests, to a server built by testServer (fastify.inject), unwrapped from tRPC's envelope. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** A product error as a body carries it: `{ code, message: { vi, en }, path?, details? }`. */
export interface ApiError {
  code: string;
  message: { vi: string; en: string };
  path?: string;
  details?: unknown;
}

export interface TrpcReply {
  res: LightMyRequestResponse;
  status: number;
  /** `result.data` of a success. */
  data: Record<string, unknown>;
  /** The product's error inside tRPC's envelope (`error.data.error`) of a refusal. */
  error?: ApiError;
}

/** Unwraps a tRPC answer, asserting that nothing internal leaked and that a refusal carries the product error. */
export function trpcReply(res: LightMyRequestResponse): TrpcReply {
  expect(res.body).not.toMatch(/stack|\bat .+:\d+:\d+/);
  const body = JSON.parse(res.body) as {
    result?: { data: Record<string, unknown> };
    error?: { data?: { error?: ApiError } };
  };
  const error = body.error?.data?.error;
  if (body.error) expect(error?.message.vi, res.body).toBeTruthy();
  return { res, status: res.statusCode, data: body.result?.data as Record<string, unknown>, error };
}

/**
 * tRPC as the web client calls it: GET with `?input=` for a query, POST for a mutation. `as` names who asks:
 * `cookieOf` turns it into the Cookie header (default: `as` is the header itself); absent, anonymous.
 */
export function trpcClient(
  app: () => FastifyInstance,
  cookieOf: (as: string) => string | Promise<string> = (as) => as,
) {
  const headers = async (as?: string) => (as ? { cookie: await cookieOf(as) } : {});
  return {
    async query(path: string, input?: unknown, as?: string): Promise<TrpcReply> {
      const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return trpcReply(
        await app().inject({ method: 'GET', url: `/trpc/${path}${search}`, headers: await headers(as) }),
      );
    },
    async mutate(path: string, input: unknown, as?: string): Promise<TrpcReply> {
      return trpcReply(
        await app().inject({
          method: 'POST',
          url: `/trpc/${path}`,
          payload: input as object,
          headers: await headers(as),
        }),
      );
    },
  };
}
