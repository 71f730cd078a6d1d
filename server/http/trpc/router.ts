/**
 * The tRPC router of the web client, one sub-router per domain, on the same services and rules as REST.
 * `AppRouter` is the only thing outside server/ may import (type-only).
 */
import {
  act,
  assignTask,
  getDossier,
  getLiveProcedure,
  myDossiers,
  publicLookup,
  searchCatalogue,
  submitDossier,
  worklist,
  type CatalogueSearch,
} from '../../services/index.ts';
import { identify } from '../caller.ts';
import type { WorklistFilter } from '../rest/worklist.ts';
import {
  actionBody,
  assigneeBody,
  catalogueQuery,
  codeParams,
  loginBody,
  mineQuery,
  passwordBody,
  submitBody,
  taskParams,
  worklistQuery,
} from '../schemas.ts';
import { changePassword, meView, signIn, signOut } from '../session.ts';
import { anyone, codeInput, parse, procedure, router, signedIn, withParams } from './init.ts';
import { calendarRouter, designerRouter, dossierHistoryProcedures } from './lifecycle.ts';

const sessionRouter = router({
  me: procedure.query(async ({ ctx }) => {
    const identity = await identify(ctx.deps.auth, ctx.req, ctx.res);
    return identity ? meView(ctx.deps, identity) : null;
  }),
  login: procedure
    .input(parse<{ login: string; password: string }>(loginBody))
    .mutation(async ({ ctx, input }) =>
      meView(ctx.deps, (await signIn(ctx.deps, ctx.req, ctx.res, input)).identity),
    ),
  logout: procedure.mutation(async ({ ctx }) => {
    await signOut(ctx.deps, ctx.req, ctx.res);
    return { ok: true as const };
  }),
  changePassword: procedure
    .input(parse<{ oldPassword: string; newPassword: string }>(passwordBody))
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.deps, ctx.req, ctx.res, input);
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
      parse<SubmitInput>({
        ...submitBody,
        properties: {
          ...submitBody.properties,
          idempotencyKey: { type: 'string', minLength: 1, maxLength: 200 },
        },
      }),
    )
    .mutation(async ({ ctx, input }) => submitDossier(ctx.deps.store, await signedIn(ctx), input)),
  act: procedure
    .input(parse<ActInput>(withParams(codeParams, actionBody)))
    .mutation(async ({ ctx, input }) => act(ctx.deps.store, await signedIn(ctx), input)),
  assign: procedure
    .input(
      parse<{ code: string; taskId: string; assigneeId: string | null }>(
        withParams(taskParams, assigneeBody),
      ),
    )
    .mutation(async ({ ctx, input }) => assignTask(ctx.deps.store, await signedIn(ctx), input)),
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
