/**
 * The web apps' link to the server: one react-query cache and the typed tRPC client over /trpc. The router's type
 * is the only thing taken from server/, and only as a type.
 */
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/http/trpc/router.ts';
import { httpStatus } from './errors.ts';

/** A refusal (4xx) will be refused again: only failures of the connection or the server are retried. */
function retry(failures: number, error: unknown): boolean {
  if (failures >= 2) return false;
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
