/**
 * A view of the Store for a request that presumes its caller's sign-in instead of reading it first (the session as
 * this process last read it, Auth.presumed): one round trip fewer for a submission. The view serves the
 * cached reference reads (reference.ts) from the presumed stamp, hands its one write — createDossier — the sign-in
 * to check in the write's own transaction (SignInCheck: SignInChanged, nothing written, when it no longer holds),
 * and refuses every other call. So nothing is read or written on a presumption that the write has not confirmed:
 * the request keeps its answer only when the write went through (`confirmed`), and otherwise runs again the
 * ordinary way (server/http/operations/invoke.ts).
 */
import { baseOf, CACHED, referenceView } from './reference.ts';
import type { NewDossier, SignInCheck, Store } from './store.ts';

/** A call a presumed view does not make: the request runs again after reading the sign-in. */
export class NotPresumable extends Error {
  constructor(readonly call: string) {
    super(`${call} is not made on a presumed sign-in`);
  }
}

interface View {
  base: Store;
  reads: Store;
  check: SignInCheck;
  confirmed: boolean;
  refused: boolean;
}

type Call = (...args: unknown[]) => unknown;

const prototypes = new WeakMap<Store, object>();

function prototypeOf(base: Store): object {
  let proto = prototypes.get(base);
  if (proto) return proto;
  const members: Record<string, unknown> = { base };
  for (const [name, member] of Object.entries(base)) {
    if (typeof member !== 'function') members[name] = member;
    else if (CACHED.has(name))
      members[name] = function (this: View, ...args: unknown[]) {
        return (this.reads[name as keyof Store] as Call).apply(this.reads, args);
      };
    else
      members[name] = function (this: View) {
        this.refused = true;
        throw new NotPresumable(name);
      };
  }
  members.createDossier = async function (this: View, plan: NewDossier) {
    // A refusal the run swallowed would leave its answer unsure: the write waits for the ordinary run.
    if (this.refused) throw new NotPresumable('createDossier');
    const created = await this.reads.createDossier({ ...plan, signIn: this.check });
    this.confirmed = true;
    return created;
  };
  proto = members;
  prototypes.set(base, proto);
  return proto;
}

/** A view of `store` for one request on the presumed sign-in `check` (its reference stamp, its session). */
export function presumedView(store: Store, check: SignInCheck): Store {
  const view = Object.create(prototypeOf(baseOf(store))) as View;
  view.reads = referenceView(store, check.referenceStamp);
  view.check = check;
  view.confirmed = false;
  view.refused = false;
  return view as unknown as Store;
}

/** Whether the presumed view's write went through: the sign-in held, and nothing was refused before it. */
export function confirmed(store: Store): boolean {
  return (store as unknown as Partial<View>).confirmed === true;
}
