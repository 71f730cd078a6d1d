/**
 * The procedure lifecycle as its operations take it: a new draft from one of four sources, retiring a procedure by
 * its code, and naming an exported bundle.
 */
import type { NewDraftInput } from '../contracts/procedures.ts';
import type { Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { serviceError } from '../errors.ts';
import {
  createDraft,
  exportBundle,
  getVersion,
  listVersions,
  retireVersion,
  type VersionInfo,
} from './procedures.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** Exactly one source is given (the request schema checks it). */
export function newDraft(store: Store, ctx: ServiceContext, body: NewDraftInput): Promise<VersionInfo> {
  if (body.fromVersion !== undefined)
    return createDraft(store, ctx, { from: 'version', versionId: body.fromVersion });
  if (body.scratch !== undefined) return createDraft(store, ctx, { from: 'scratch', ...body.scratch });
  // A definition from scratch is a bundle without the envelope: the same checks, the same draft.
  const bundle =
    body.definition !== undefined
      ? { format: 'motcua.procedure-bundle', version: 1, definition: body.definition }
      : body.bundle;
  return createDraft(store, ctx, { from: 'bundle', bundle });
}

/** Retires the live version of a procedure: it takes no new dossiers; running ones carry on. */
export async function retireProcedure(store: Store, ctx: ServiceContext, code: string): Promise<VersionInfo> {
  const live = (await listVersions(store, ctx, { code })).find((v) => v.live);
  if (!live) {
    throw serviceError('PROCEDURE_NOT_LIVE', 409, message('lifecycle.procedureNotLive', { code }), {
      path: '/code',
    });
  }
  return retireVersion(store, ctx, { versionId: live.id });
}

/** The bundle of a version and a file name for it: `<code>-v<version>.motcua.json`. */
export async function exportFile(store: Store, ctx: ServiceContext, versionId: string) {
  const version = await getVersion(store, ctx, { versionId });
  const bundle = await exportBundle(store, ctx, { versionId });
  const safe = version.procedureCode.replace(/[^A-Za-z0-9._-]/g, '_');
  return { bundle, filename: `${safe}-v${version.version}.motcua.json` };
}
