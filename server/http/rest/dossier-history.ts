/**
 * A dossier's history and its process control slip (form 06), both read from the event log. For the applicant
 * who owns the dossier and the officers of the units that handle it.
 */
import type { FastifyInstance } from 'fastify';
import { controlSlip, dossierHistory } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { controlSlipView, historyView } from '../lifecycle-schemas.ts';
import { codeParams, documented } from '../schemas.ts';

const tags = ['dossiers'];
const access = { '403': 'FORBIDDEN: neither the applicant nor an officer of a handling unit' };

export function dossierHistoryRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Params: { code: string } }>(
    '/dossiers/:code/history',
    {
      schema: {
        summary: 'Lịch sử hồ sơ / Dossier history',
        description: 'Every step in order, with who acted, when (hh:mm dd/MM/yyyy) and the slips issued.',
        tags,
        params: codeParams,
      },
      config: documented({ description: 'The timeline', schema: historyView }, access),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      const { code } = request.params;
      return { code, items: await dossierHistory(deps.store, ctx, { code }) };
    },
  );

  api.get<{ Params: { code: string } }>(
    '/dossiers/:code/control-slip',
    {
      schema: {
        summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ / Process control slip (form 06)',
        description:
          'One row per hand-off: unit, time received and handed over (hh:mm dd/MM/yyyy), who gave, who ' +
          'received, and the result of the step (early, on_time, late).',
        tags,
        params: codeParams,
      },
      config: documented({ description: 'The rows of form 06', schema: controlSlipView }, access),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return controlSlip(deps.store, ctx, { code: request.params.code });
    },
  );
}
