/**
 * A live procedure's form validators as an ES module (ajv's standalone code, compiled by the engine): the portal
 * imports it, since its pages may not compile code (no 'unsafe-eval'). Compiled on first request, then kept per
 * version id: a published version never changes.
 */
import type { FastifyInstance } from 'fastify';
import { standaloneFormModule } from '../../../runtime/engine/index.ts';
import { CodeInput } from '../../contracts/common.ts';
import { liveDefinition } from '../../services/index.ts';
import type { HttpDeps } from '../deps.ts';

/** Versions whose module is kept; the oldest asked for goes first. */
const KEPT = 200;

export function formValidatorRoutes(api: FastifyInstance, deps: HttpDeps): void {
  const modules = new Map<string, string>();

  function moduleOf(versionId: string, form: Parameters<typeof standaloneFormModule>[0]): string {
    const kept = modules.get(versionId);
    if (kept !== undefined) {
      modules.delete(versionId);
      modules.set(versionId, kept);
      return kept;
    }
    const made = standaloneFormModule(form);
    if ('problems' in made) {
      // A published version's form compiled when it was published: this is damage, not the caller's fault.
      throw new Error(`version ${versionId}: form does not compile (${made.problems.map((p) => p.code)})`);
    }
    modules.set(versionId, made.code);
    if (modules.size > KEPT) modules.delete(modules.keys().next().value!);
    return made.code;
  }

  api.get<{ Params: { code: string } }>(
    '/procedures/:code/validator.js',
    {
      schema: {
        operationId: 'procedures.validator',
        summary: 'Bộ kiểm tra tờ khai / The form validators',
        description:
          'The live version’s form validators as an ES module compiled ahead (no eval in the page): ' +
          '`export default (require) => ({schema, first, explained})`, for the engine’s standaloneForm. ' +
          'ETag is the version id.',
        tags: ['procedures'],
        params: CodeInput,
      },
      config: {
        openapi: {
          auth: 'public',
          responses: {
            '200': {
              description: 'The module',
              content: { 'text/javascript': { schema: { type: 'string' } } },
              headers: { ETag: { schema: { type: 'string' }, description: 'The live version id, quoted.' } },
            },
            '304': { description: 'Not modified (If-None-Match matched the ETag)' },
          },
          errors: { '404': 'PROCEDURE_NOT_FOUND, PROCEDURE_NOT_LIVE' },
        },
      },
    },
    async (request, reply) => {
      const { versionId, definition } = await liveDefinition(deps.store, request.params.code);
      const etag = `"${versionId}"`;
      // Asked again each time: the live version changes when a new one is published.
      reply.header('etag', etag).header('cache-control', 'no-cache');
      const match = request.headers['if-none-match'];
      if (match !== undefined && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        return reply.code(304).send();
      }
      return reply.type('text/javascript; charset=utf-8').send(moduleOf(versionId, definition.form));
    },
  );
}
