/**
 * The designer's side of the procedure lifecycle: create a draft, save it (lint on save), submit it for approval,
 * and read versions: one, all of a procedure, the difference between two, a version as a bundle to download.
 */
import type { FastifyInstance } from 'fastify';
import {
  diffVersions,
  getVersion,
  listVersions,
  saveDraft,
  submitForApproval,
} from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { exportFile, newDraft, type NewDraftRequest } from '../lifecycle.ts';
import {
  bundle,
  diffParams,
  newDraftBody,
  saveDraftBody,
  savedDraft,
  versionDiff,
  versionInfo,
  versionList,
  versionParams,
  versionWithDefinition,
} from '../lifecycle-schemas.ts';
import { codeParams, documented } from '../schemas.ts';

const tags = ['procedure lifecycle'];

export function procedureDraftRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Body: NewDraftRequest }>(
    '/procedures/drafts',
    {
      schema: {
        summary: 'Tạo bản nháp thủ tục / Create a procedure draft',
        description:
          'From scratch ({definition} or {scratch}), as a copy of a version ({fromVersion}) or by importing a ' +
          'bundle ({bundle}). Designers and system admins. A malformed bundle is a 422 and nothing is stored.',
        tags,
        body: newDraftBody,
      },
      config: documented(
        { status: '201', description: 'The new draft, with its lint problems', schema: versionInfo },
        { '422': 'BUNDLE_INVALID, BUNDLE_VERSION_UNSUPPORTED: the bundle itself is malformed' },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return reply.code(201).send(await newDraft(deps.store, ctx, request.body));
    },
  );

  api.put<{ Params: { id: string }; Body: { definition: unknown } }>(
    '/procedure-versions/:id',
    {
      schema: {
        summary: 'Lưu bản nháp / Save a draft',
        description:
          'Replaces the definition of a draft (or of a rejected version, which becomes a draft again). The draft ' +
          'is linted and kept even when invalid: the problems come back.',
        tags,
        params: versionParams,
        body: saveDraftBody,
      },
      config: documented(
        { description: 'The saved draft and its lint problems', schema: savedDraft },
        {
          '409': 'VERSION_STATE_CONFLICT: the version is no longer editable',
          '422': 'PROCEDURE_CODE_CHANGED: a draft keeps its procedure code',
        },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return saveDraft(deps.store, ctx, {
        versionId: request.params.id,
        definition: request.body.definition,
      });
    },
  );

  api.post<{ Params: { id: string } }>(
    '/procedure-versions/:id/submit',
    {
      schema: {
        summary: 'Trình duyệt bản nháp / Submit a draft for approval',
        description: 'Refused while the draft has lint errors (422 DRAFT_HAS_ERRORS, details: the errors).',
        tags,
        params: versionParams,
      },
      config: documented(
        { description: 'The version, now submitted', schema: versionInfo },
        {
          '409': 'VERSION_STATE_CONFLICT: not a draft',
          '422': 'DRAFT_HAS_ERRORS: details lists the lint errors',
        },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return submitForApproval(deps.store, ctx, { versionId: request.params.id });
    },
  );

  api.get<{ Params: { code: string } }>(
    '/procedures/:code/versions',
    {
      schema: {
        summary: 'Các phiên bản của thủ tục / Versions of a procedure',
        description: 'Oldest first. Designers, approvers, system admins and auditors.',
        tags,
        params: codeParams,
      },
      config: documented({ description: 'Every version', schema: versionList }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      const { code } = request.params;
      return { code, items: await listVersions(deps.store, ctx, { code }) };
    },
  );

  api.get<{ Params: { id: string } }>(
    '/procedure-versions/:id',
    {
      schema: {
        summary: 'Một phiên bản thủ tục / A procedure version',
        description:
          'Published and retired versions are public record; other versions only for those who configure procedures.',
        tags,
        params: versionParams,
      },
      config: documented({ description: 'The version with its definition', schema: versionWithDefinition }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      return getVersion(deps.store, ctx, { versionId: request.params.id });
    },
  );

  api.get<{ Params: { id: string; otherId: string } }>(
    '/procedure-versions/:id/diff/:otherId',
    {
      schema: {
        summary: 'So sánh hai phiên bản / Compare two versions',
        description:
          'What changed from `id` to `otherId`: nodes, edges, form fields, components, fees, time.',
        tags,
        params: diffParams,
      },
      config: documented({ description: 'Added, removed and changed items', schema: versionDiff }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      return diffVersions(deps.store, ctx, { from: request.params.id, to: request.params.otherId });
    },
  );

  api.get<{ Params: { id: string } }>(
    '/procedure-versions/:id/export',
    {
      schema: {
        summary: 'Xuất gói thủ tục / Export a version as a bundle',
        description: 'A JSON file to import elsewhere with POST /procedures/drafts {bundle}.',
        tags,
        params: versionParams,
      },
      config: {
        openapi: {
          auth: 'session' as const,
          responses: {
            '200': {
              description: 'The bundle, as a download',
              schema: bundle,
              headers: {
                'content-disposition': {
                  description: 'attachment; filename="<code>-v<version>.motcua.json"',
                  schema: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      const file = await exportFile(deps.store, ctx, request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(file.bundle, null, 2));
    },
  );
}
