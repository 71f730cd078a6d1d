/** The public catalogue of procedures and the live version of one. */
import type { FastifyInstance } from 'fastify';
import { getLiveProcedure, searchCatalogue, type CatalogueSearch } from '../../services/index.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { catalogueQuery, codeParams } from '../schemas.ts';

const tags = ['procedures'];

export function procedureRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Querystring: CatalogueSearch }>(
    '/procedures',
    {
      schema: {
        summary: 'Danh mục thủ tục / The procedure catalogue',
        description:
          'Live procedures; `q` ignores case and Vietnamese diacritics ("dang ky" finds "Đăng ký").',
        tags,
        querystring: catalogueQuery,
      },
      config: { openapi: { responses: { '200': { description: 'A page of catalogue entries' } } } },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      return searchCatalogue(deps.store, ctx, request.query);
    },
  );

  api.get<{ Params: { code: string } }>(
    '/procedures/:code',
    {
      schema: { summary: 'Phiên bản đang áp dụng / The live version', tags, params: codeParams },
      config: {
        openapi: { responses: { '200': { description: 'The catalogue entry with its definition' } } },
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
      return getLiveProcedure(deps.store, ctx, { code: request.params.code });
    },
  );
}
