/**
 * The reference data nearly every request reads — procedures (their live versions), units and their mergers, the
 * calendar, role assignments — change rarely: a view of the Store serves them from a per-process cache, checked
 * against the reference stamp (Store.referenceStamp), which the migrations' triggers advance in every transaction
 * that changes them, whichever process or CLI it comes from. A view reads the stamp once, at its first cached read —
 * or, for a signed-in request, takes the one read with its session (Store.getSignedIn) — so a request sees every
 * change committed before it started; any other call through the view (it may have changed reference data) makes
 * the next cached read check the stamp again.
 */
import { Lru } from './lru.ts';
import type { Store } from './store.ts';

/** The cached reads, each keyed by its one string argument (none for mergedUnits). */
export const CACHED: ReadonlySet<string> = new Set<string>([
  'getProcedure',
  'getCalendar',
  'rolesOf',
  'getUnit',
  'mergedUnits',
]);
/** Bounds the roles cached (one entry per person who signs in). */
const SIZE = 10_000;

interface Cache {
  stamp: number;
  entries: Lru<string, { value: unknown }>;
}

interface View {
  base: Store;
  cache: Cache;
  /** The stamp this view checked, until a call other than a cached read. */
  stamp: Promise<number> | undefined;
}

type Method = (this: View, ...args: unknown[]) => unknown;
type Call = (...args: unknown[]) => unknown;

const prototypes = new WeakMap<Store, object>();

/** The entries valid at this view's stamp; a newer stamp empties the cache (an older one uses the newer entries). */
async function entriesOf(view: View): Promise<Cache['entries']> {
  const stamp = await (view.stamp ??= view.base.referenceStamp());
  if (stamp > view.cache.stamp) {
    view.cache.stamp = stamp;
    view.cache.entries = new Lru(SIZE);
  }
  return view.cache.entries;
}

function cachedRead(name: string): Method {
  return async function (this: View, ...args: unknown[]) {
    const entries = await entriesOf(this);
    const key = `${name}:${String(args[0])}`;
    const hit = entries.get(key);
    if (hit) return hit.value;
    const value = Object.freeze(await (this.base[name as keyof Store] as Call).apply(this.base, args));
    // Into the entries read before: if a newer stamp replaced them meanwhile, the value is dropped with them.
    entries.set(key, { value });
    return value;
  };
}

function passThrough(name: string): Method {
  return function (this: View, ...args: unknown[]) {
    this.stamp = undefined;
    const result = (this.base[name as keyof Store] as Call).apply(this.base, args);
    if (!(result instanceof Promise)) return result;
    return result.finally(() => (this.stamp = undefined));
  };
}

function prototypeOf(base: Store): object {
  let proto = prototypes.get(base);
  if (proto) return proto;
  const cache: Cache = { stamp: -1, entries: new Lru(SIZE) };
  const members: Record<string, unknown> = { base, cache };
  for (const [name, member] of Object.entries(base)) {
    if (typeof member !== 'function') members[name] = member;
    else members[name] = CACHED.has(name) ? cachedRead(name) : passThrough(name);
  }
  proto = members;
  prototypes.set(base, proto);
  return proto;
}

/**
 * A view of `store` for one request (or one job tick): cached reference reads, everything else as `store`.
 * `stamp`: the reference stamp the request already read (with its session, Store.getSignedIn), checked again only
 * after a call other than a cached read.
 */
export function referenceView(store: Store, stamp?: number): Store {
  const view = Object.create(prototypeOf(baseOf(store))) as View;
  view.stamp = stamp === undefined ? undefined : Promise.resolve(stamp);
  return view as unknown as Store;
}

/** The Store a view reads through (the store itself for a Store): what per-store memos key on. */
export function baseOf(store: Store): Store {
  return (store as unknown as Partial<View>).base ?? store;
}
