/** Who is signed in (null: nobody), signing in and out; every app reads the same session cookie. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/http/trpc/router.ts';
import { trpc } from '../api/client.ts';

export type SessionUser = NonNullable<inferRouterOutputs<AppRouter>['session']['me']>;

/** Changes only by signing in or out here (or the session ending, which the next refusal tells). */
export const sessionQuery = { ...trpc.session.me.queryOptions(), staleTime: Infinity };

export function useSession() {
  return useQuery(sessionQuery);
}

export function hasRole(user: SessionUser | null | undefined, roles: readonly string[]): boolean {
  return !!user?.roles.some((grant) => roles.includes(grant.role));
}

export function useSignIn(onSignedIn: () => void) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.session.login.mutationOptions({
      onSuccess({ user }) {
        // What was fetched for nobody (or for someone else) is not this person's.
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.session.me.queryKey(), user);
        onSignedIn();
      },
    }),
  );
}

export function useSignOut(onSignedOut: () => void) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.session.logout.mutationOptions({
      onSuccess() {
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.session.me.queryKey(), null);
        onSignedOut();
      },
    }),
  );
}
