/** Submitting, acting on, assigning and looking up dossiers. */
import type { FastifyInstance } from 'fastify';
import {
  act,
  assignTask,
  getDossier,
  myDossiers,
  publicLookup,
  submitDossier,
} from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import {
  actionBody,
  assigneeBody,
  codeParams,
  documented,
  idempotencyHeaders,
  mineQuery,
  submitBody,
  taskParams,
} from '../schemas.ts';

const tags = ['dossiers'];

interface SubmitBody {
  procedureCode: string;
  data: Record<string, unknown>;
  channel?: 'online' | 'counter' | 'post';
  unit?: string;
  components?: string[];
  attachments?: string[];
}

interface ActionBody {
  action: string;
  input?: Record<string, unknown>;
  revision: number;
  node?: string;
}

export function dossierRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Body: SubmitBody; Headers: { 'idempotency-key'?: string } }>(
    '/dossiers',
    {
      schema: {
        summary: 'Nộp hồ sơ / Submit a dossier',
        description:
          'By a citizen online, or by reception for a walk-in at the counter. Send an Idempotency-Key to make ' +
          'retries safe.',
        tags,
        body: submitBody,
        headers: idempotencyHeaders,
      },
      config: {
        openapi: {
          auth: 'session',
          responses: {
            '201': { description: 'Submitted: the dossier code, QR token, fees and status' },
            '200': { description: 'A replay: the answer to the first request with this Idempotency-Key' },
          },
        },
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      const key = request.headers['idempotency-key'];
      const result = await submitDossier(deps.store, ctx, {
        ...request.body,
        ...(key ? { idempotencyKey: key } : {}),
      });
      // A replay of an earlier request (same Idempotency-Key) created nothing: 200 instead of 201.
      return reply.code(result.replayed ? 200 : 201).send(result);
    },
  );

  api.get<{ Params: { code: string } }>(
    '/dossiers/:code',
    {
      schema: {
        summary: 'Tra cứu tình trạng hồ sơ / Public status of a dossier',
        description: 'Status and timeline by dossier code, without personal data.',
        tags,
        params: codeParams,
      },
      config: { openapi: { responses: { '200': { description: 'Status and timeline' } } } },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      return publicLookup(deps.store, ctx, { code: request.params.code });
    },
  );

  api.get<{ Params: { code: string } }>(
    '/dossiers/:code/details',
    {
      schema: {
        summary: 'Chi tiết hồ sơ / Dossier details',
        description: 'For the applicant who owns it and officers of the units handling it.',
        tags,
        params: codeParams,
      },
      config: documented({ description: 'The dossier with its data' }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return getDossier(deps.store, ctx, { code: request.params.code });
    },
  );

  api.post<{ Params: { code: string }; Body: ActionBody }>(
    '/dossiers/:code/actions',
    {
      schema: {
        summary: 'Xử lý hồ sơ / Act on a dossier',
        description:
          'Any action the dossier’s process offers the caller’s role and unit (accept, approve, …).',
        tags,
        params: codeParams,
        body: actionBody,
      },
      config: documented({ description: 'The dossier after the action, with its new revision' }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return act(deps.store, ctx, { code: request.params.code, ...request.body });
    },
  );

  api.post<{ Params: { code: string; taskId: string }; Body: { assigneeId: string | null } }>(
    '/dossiers/:code/tasks/:taskId/assignee',
    {
      schema: {
        summary: 'Phân công công việc / Assign a task',
        description:
          'A leader of the unit holding the open task assigns it to an officer holding the task’s role there ' +
          '(null: back to the unit’s pool); such an officer may take it for themself. The worklist’s ' +
          '`assignee=me` then lists it for them.',
        tags,
        params: taskParams,
        body: assigneeBody,
      },
      config: documented({ description: 'The task and its new assignee: {code, taskId, assigneeId}' }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return assignTask(deps.store, ctx, { ...request.params, assigneeId: request.body.assigneeId });
    },
  );

  api.get<{ Querystring: { limit?: number; offset?: number } }>(
    '/me/dossiers',
    {
      schema: { summary: 'Hồ sơ của tôi / My dossiers', tags, querystring: mineQuery },
      config: documented({ description: 'A page of the caller’s dossiers' }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return myDossiers(deps.store, ctx, request.query);
    },
  );
}
