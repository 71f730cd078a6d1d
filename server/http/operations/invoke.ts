/**
 * How REST and tRPC run an operation for a request: the caller's service context, the run, the answer checked
 * against its contract. An operation that `presumesSignIn` first runs on the session as this process last read it
 * (store/presumed.ts) — a submission then makes one round trip instead of two — and keeps that answer only when
 * its write confirmed the sign-in. Otherwise nothing was written, and it runs again the ordinary way: the session
 * read first, which also refuses an ended session (401) and applies changed roles (403).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import { actorOf, serviceContext } from '../../services/index.ts';
import { confirmed, presumedView } from '../../store/index.ts';
import { presumedIdentity } from '../caller.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import type { Operation } from './operation.ts';
import { checkedOutput } from './outputs.ts';

type Presumed<T> = { output: T } | undefined;

async function presumedRun<I extends TSchema, O extends TSchema>(
  op: Operation<I, O>,
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  input: Static<I>,
): Promise<Presumed<Static<O>>> {
  const identity = presumedIdentity(deps.auth, request);
  if (!identity?.sessionHash || identity.referenceStamp === undefined) return undefined;
  const now = deps.clock();
  const store = presumedView(deps.store, {
    tokenHash: identity.sessionHash,
    referenceStamp: identity.referenceStamp,
    at: now,
  });
  let output: Static<O>;
  try {
    const ctx = serviceContext(store, await actorOf(store, identity.user, now), now);
    output = await op.run({ deps: { ...deps, store }, ctx, request, reply }, input);
  } catch (error) {
    // Once the write went through, its outcome stands: running again could write twice.
    if (confirmed(store)) throw error;
    return undefined;
  }
  return confirmed(store) ? { output } : undefined;
}

export async function invoke<I extends TSchema, O extends TSchema>(
  op: Operation<I, O>,
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  input: Static<I>,
): Promise<Static<O>> {
  const presumed = op.presumesSignIn ? await presumedRun(op, deps, request, reply, input) : undefined;
  if (presumed) return checkedOutput(op, presumed.output);
  const { ctx, store } = await contextOf(deps, request, reply, { signedIn: op.access === 'session' });
  return checkedOutput(op, await op.run({ deps: { ...deps, store }, ctx, request, reply }, input));
}
