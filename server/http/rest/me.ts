/** The signed-in user as the API shows them: never the password hash. */
import type { Identity } from '../../auth/auth.ts';
import type { HttpDeps } from '../deps.ts';

export async function meView(deps: HttpDeps, identity: Identity) {
  const { user } = identity;
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: await deps.store.rolesOf(user.id),
    via: identity.via,
  };
}
