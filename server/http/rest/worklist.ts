/** The officer's worklist: open tasks of their units and roles, sorted by due time. */
import type { FastifyInstance } from 'fastify';
import { worklist } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { documented, worklistQuery } from '../schemas.ts';

export interface WorklistFilter {
  unit?: string;
  role?: string;
  assignee?: string;
  status?: string;
  overdue?: boolean;
  dueWithinHours?: number;
  limit?: number;
  offset?: number;
}

export function worklistRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Querystring: WorklistFilter }>(
    '/worklist',
    {
      schema: {
        summary: 'Danh sách công việc / Worklist',
        description:
          'Open tasks of the caller’s units and roles, soonest due first (no due time last). The answer is ' +
          '{items, total, totalCapped, limit, offset}: total is exact up to max(1000, offset + limit); beyond ' +
          'that it is that number and totalCapped is true ("1000+").',
        tags: ['dossiers'],
        querystring: worklistQuery,
      },
      config: documented({ description: 'A page of tasks' }),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return worklist(deps.store, ctx, request.query);
    },
  );
}
