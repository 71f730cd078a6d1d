/**
 * The procedure lifecycle, the calendar and a dossier's history for the web client: the same services, request
 * schemas and refusals as the REST routes (server/http/rest/procedure-*.ts, calendars.ts, dossier-history.ts).
 */
import {
  approveVersion,
  controlSlip,
  diffVersions,
  dossierHistory,
  getCalendarSpec,
  getVersion,
  listVersions,
  publishVersion,
  rejectVersion,
  saveDraft,
  submitForApproval,
  updateCalendar,
} from '../../services/index.ts';
import { exportFile, newDraft, retireProcedure, type NewDraftRequest } from '../lifecycle.ts';
import {
  approveBody,
  calendarEnvelope,
  diffParams,
  newDraftBody,
  rejectBody,
  saveDraftBody,
  versionParams,
} from '../lifecycle-schemas.ts';
import { requireIdentity } from '../caller.ts';
import { anyone, codeInput, parse, procedure, router, signedIn, withParams } from './init.ts';

const idInput = parse<{ id: string }>(versionParams);

export const designerRouter = router({
  createDraft: procedure
    .input(parse<NewDraftRequest>(newDraftBody))
    .mutation(async ({ ctx, input }) => newDraft(ctx.deps.store, await signedIn(ctx), input)),
  saveDraft: procedure
    .input(parse<{ id: string; definition: unknown }>(withParams(versionParams, saveDraftBody)))
    .mutation(async ({ ctx, input }) =>
      saveDraft(ctx.deps.store, await signedIn(ctx), { versionId: input.id, definition: input.definition }),
    ),
  submit: procedure
    .input(idInput)
    .mutation(async ({ ctx, input }) =>
      submitForApproval(ctx.deps.store, await signedIn(ctx), { versionId: input.id }),
    ),
  approve: procedure
    .input(parse<{ id: string; comment?: string }>(withParams(versionParams, approveBody)))
    .mutation(async ({ ctx, input }) =>
      approveVersion(ctx.deps.store, await signedIn(ctx), { versionId: input.id, comment: input.comment }),
    ),
  reject: procedure
    .input(parse<{ id: string; comment: string }>(withParams(versionParams, rejectBody)))
    .mutation(async ({ ctx, input }) =>
      rejectVersion(ctx.deps.store, await signedIn(ctx), { versionId: input.id, comment: input.comment }),
    ),
  publish: procedure
    .input(idInput)
    .mutation(async ({ ctx, input }) =>
      publishVersion(ctx.deps.store, await signedIn(ctx), { versionId: input.id }),
    ),
  retire: procedure
    .input(codeInput)
    .mutation(async ({ ctx, input }) => retireProcedure(ctx.deps.store, await signedIn(ctx), input.code)),
  versions: procedure.input(codeInput).query(async ({ ctx, input }) => ({
    code: input.code,
    items: await listVersions(ctx.deps.store, await signedIn(ctx), input),
  })),
  version: procedure
    .input(idInput)
    .query(async ({ ctx, input }) => getVersion(ctx.deps.store, await anyone(ctx), { versionId: input.id })),
  diff: procedure
    .input(parse<{ id: string; otherId: string }>(diffParams))
    .query(async ({ ctx, input }) =>
      diffVersions(ctx.deps.store, await anyone(ctx), { from: input.id, to: input.otherId }),
    ),
  export: procedure
    .input(idInput)
    .query(async ({ ctx, input }) => exportFile(ctx.deps.store, await anyone(ctx), input.id)),
});

export const calendarRouter = router({
  get: procedure.query(async ({ ctx }) => {
    // Only signing in is required: no service context (roles) is needed to read the calendar.
    await requireIdentity(ctx.deps.auth, ctx.req, ctx.res);
    return getCalendarSpec(ctx.deps.store);
  }),
  update: procedure
    .input(parse<{ spec: unknown }>(calendarEnvelope))
    .mutation(async ({ ctx, input }) => updateCalendar(ctx.deps.store, await signedIn(ctx), input)),
});

/** Joined into the `dossiers` router. */
export const dossierHistoryProcedures = {
  history: procedure.input(codeInput).query(async ({ ctx, input }) => ({
    code: input.code,
    items: await dossierHistory(ctx.deps.store, await signedIn(ctx), input),
  })),
  controlSlip: procedure
    .input(codeInput)
    .query(async ({ ctx, input }) => controlSlip(ctx.deps.store, await signedIn(ctx), input)),
};
