/**
 * The approver's and the publisher's side of the procedure lifecycle: approve or reject a submitted version,
 * publish an approved one (live for new dossiers at once), retire a procedure's live version.
 */
import type { FastifyInstance } from 'fastify';
import { approveVersion, publishVersion, rejectVersion } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { retireProcedure } from '../lifecycle.ts';
import { approveBody, rejectBody, versionInfo, versionParams } from '../lifecycle-schemas.ts';
import { codeParams, documented } from '../schemas.ts';

const tags = ['procedure lifecycle'];

const notAuthor = {
  '403': 'FORBIDDEN (not an approver) or APPROVER_IS_AUTHOR: the approver cannot be the author',
  '409': 'VERSION_STATE_CONFLICT: not submitted',
};

export function procedureReviewRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Params: { id: string }; Body: { comment?: string } }>(
    '/procedure-versions/:id/approve',
    {
      schema: {
        summary: 'Phê duyệt phiên bản / Approve a version',
        description: 'By an approver who is not its author. The comment, if any, is kept.',
        tags,
        params: versionParams,
        body: approveBody,
      },
      config: documented({ description: 'The version, now approved', schema: versionInfo }, notAuthor),
      // The comment is optional, so is the body: a bare POST approves (a JSON null is still a wrong body).
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {};
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return approveVersion(deps.store, ctx, { versionId: request.params.id, ...request.body });
    },
  );

  api.post<{ Params: { id: string }; Body: { comment: string } }>(
    '/procedure-versions/:id/reject',
    {
      schema: {
        summary: 'Trả lại phiên bản / Reject a version',
        description: 'By an approver who is not its author, with the reasons; the designer edits it again.',
        tags,
        params: versionParams,
        body: rejectBody,
      },
      config: documented({ description: 'The version, now rejected', schema: versionInfo }, notAuthor),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return rejectVersion(deps.store, ctx, { versionId: request.params.id, comment: request.body.comment });
    },
  );

  api.post<{ Params: { id: string } }>(
    '/procedure-versions/:id/publish',
    {
      schema: {
        summary: 'Công bố phiên bản / Publish a version',
        description:
          'An approved version becomes the live one at once, without a restart: new dossiers use it, running ' +
          'dossiers stay on their own version.',
        tags,
        params: versionParams,
      },
      config: documented(
        { description: 'The version, now published and live', schema: versionInfo },
        { '409': 'VERSION_STATE_CONFLICT: not approved' },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return publishVersion(deps.store, ctx, { versionId: request.params.id });
    },
  );

  api.post<{ Params: { code: string } }>(
    '/procedures/:code/retire',
    {
      schema: {
        summary: 'Bãi bỏ thủ tục / Retire a procedure',
        description:
          'Retires the live version: the procedure takes no new dossiers until another version is published; ' +
          'running dossiers carry on.',
        tags,
        params: codeParams,
      },
      config: documented(
        { description: 'The version that was live, now retired', schema: versionInfo },
        { '409': 'PROCEDURE_NOT_LIVE: nothing to retire' },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return retireProcedure(deps.store, ctx, request.params.code);
    },
  );
}
