/**
 * Transaction bodies are written once, as generators over `Tx`, and run by either adapter:
 * better-sqlite3 runs them synchronously, a write inside its own savepoint of a group commit (group-commit.ts):
 * a step never yields there, as an await inside a SQLite transaction would let another write in. node-postgres
 * awaits each yielded query.
 */
export type Step<T> = Generator<Promise<unknown>, T, unknown>;

/**
 * A synchronous step (SQLite): runs `f` when the body reaches it and never yields — unless `f` turned out to be
 * asynchronous, which is yielded so that `runSync` refuses it instead of committing around a pending query.
 */
export function* now<T>(f: () => T): Step<T> {
  const value = f();
  if (value instanceof Promise) return (yield value) as T;
  return value;
}

/** An asynchronous step (PostgreSQL): yields the query's promise and resumes with its result. */
export function* wait<T>(f: () => Promise<T>): Step<T> {
  return (yield f()) as T;
}

/** Runs a body that must not yield: any yield means an async query slipped into a SQLite transaction. */
export function runSync<T>(body: Step<T>): T {
  const r = body.next();
  if (!r.done) {
    body.return(undefined as T);
    throw new Error('runSync: a synchronous transaction body yielded');
  }
  return r.value;
}

/** Runs a body, awaiting each yielded query; query errors are thrown into the body where they happened. */
export async function runAsync<T>(body: Step<T>): Promise<T> {
  let r = body.next();
  while (!r.done) {
    let value: unknown;
    try {
      value = await r.value;
    } catch (error) {
      r = body.throw(error);
      continue;
    }
    r = body.next(value);
  }
  return r.value;
}
