/**
 * The tRPC router of the web client, one sub-router per domain, on the same services and rules as REST.
 * `AppRouter` is the only thing outside server/ may import (type-only).
 */
import { TRPCError } from '@trpc/server';
import {
  act,
  getDossier,
  getLiveProcedure,
  myDossiers,
  publicLookup,
  searchCatalogue,
  submitDossier,
  submitWithAttachments,
  worklist,
  type CatalogueSearch,
} from '../../services/index.ts';
import { identify, requireIdentity } from '../caller.ts';
import { clearSessionCookie, setSessionCookie } from '../cookies.ts';
import { contextOf } from '../deps.ts';
import { meView } from '../rest/me.ts';
import type { WorklistFilter } from '../rest/worklist.ts';
import {
  actionBody,
  catalogueQuery,
  codeParams,
  loginBody,
  mineQuery,
  passwordBody,
  submitBody,
  worklistQuery,
} from '../schemas.ts';
import { compileStrict } from '../validation.ts';
import { input, procedure, router } from './init.ts';
import { calendarRouter, designerRouter, dossierHistoryProcedures } from './lifecycle.ts';
import type { TrpcContext } from './context.ts';

const parse = <T>(schema: object) => input<T>(compileStrict(schema));
const signedIn = (c: TrpcContext) => contextOf(c.deps, c.req, c.res, { signedIn: true }).then((r) => r.ctx);
const anyone = (c: TrpcContext) => contextOf(c.deps, c.req, c.res, { signedIn: false }).then((r) => r.ctx);

const codeInput = parse<{ code: string }>(codeParams);

const sessionRouter = router({
  me: procedure.query(async ({ ctx }) => {
    const identity = await identify(ctx.deps.auth, ctx.req, ctx.res);
    return identity ? meView(ctx.deps, identity) : null;
  }),
  login: procedure
    .input(parse<{ login: string; password: string }>(loginBody))
    .mutation(async ({ ctx, input }) => {
      const session = await ctx.deps.auth.login(input.login, input.password, ctx.req.ip);
      setSessionCookie(ctx.req, ctx.res, session.token, session.expiresAt, ctx.deps.clock());
      const identity = await ctx.deps.auth.fromSession(session.token);
      if (!identity) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
      return meView(ctx.deps, identity);
    }),
  logout: procedure.mutation(async ({ ctx }) => {
    const identity = await identify(ctx.deps.auth, ctx.req).catch(() => undefined);
    if (identity) await ctx.deps.auth.logout(identity);
    clearSessionCookie(ctx.req, ctx.res);
    return { ok: true as const };
  }),
  changePassword: procedure
    .input(parse<{ oldPassword: string; newPassword: string }>(passwordBody))
    .mutation(async ({ ctx, input }) => {
      const identity = await requireIdentity(ctx.deps.auth, ctx.req, ctx.res);
      const session = await ctx.deps.auth.changePassword(identity, input.oldPassword, input.newPassword);
      if (identity.via === 'session')
        setSessionCookie(ctx.req, ctx.res, session.token, session.expiresAt, ctx.deps.clock());
      return { ok: true as const };
    }),
});

const proceduresRouter = router({
  search: procedure
    .input(parse<CatalogueSearch>(catalogueQuery))
    .query(async ({ ctx, input }) => searchCatalogue(ctx.deps.store, await anyone(ctx), input)),
  live: procedure
    .input(codeInput)
    .query(async ({ ctx, input }) => getLiveProcedure(ctx.deps.store, await anyone(ctx), input)),
});

type SubmitInput = Parameters<typeof submitDossier>[2];
type ActInput = Parameters<typeof act>[2];

const dossiersRouter = router({
  submit: procedure
    .input(
      parse<Omit<SubmitInput, 'idempotencyKey'> & { idempotencyKey?: string; attachments?: string[] }>({
        ...submitBody,
        properties: {
          ...submitBody.properties,
          idempotencyKey: { type: 'string', minLength: 1, maxLength: 200 },
        },
      }),
    )
    .mutation(async ({ ctx, input: { attachments, ...input } }) =>
      submitWithAttachments(ctx.deps.store, await signedIn(ctx), input, attachments),
    ),
  act: procedure
    .input(
      parse<ActInput>({
        ...actionBody,
        required: ['code', ...actionBody.required],
        properties: { ...actionBody.properties, ...codeParams.properties },
      }),
    )
    .mutation(async ({ ctx, input }) => act(ctx.deps.store, await signedIn(ctx), input)),
  get: procedure
    .input(codeInput)
    .query(async ({ ctx, input }) => getDossier(ctx.deps.store, await signedIn(ctx), input)),
  lookup: procedure
    .input(codeInput)
    .query(async ({ ctx, input }) => publicLookup(ctx.deps.store, await anyone(ctx), input)),
  mine: procedure
    .input(parse<{ limit?: number; offset?: number }>(mineQuery))
    .query(async ({ ctx, input }) => myDossiers(ctx.deps.store, await signedIn(ctx), input)),
  ...dossierHistoryProcedures,
});

const worklistRouter = router({
  list: procedure
    .input(parse<WorklistFilter>(worklistQuery))
    .query(async ({ ctx, input }) => worklist(ctx.deps.store, await signedIn(ctx), input)),
});

export const appRouter = router({
  session: sessionRouter,
  procedures: proceduresRouter,
  dossiers: dossiersRouter,
  worklist: worklistRouter,
  designer: designerRouter,
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;
