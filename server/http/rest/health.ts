/** GET /health: the process answers and the database is reachable (for load balancers and monitoring). */
import type { FastifyInstance } from 'fastify';
import { serviceError } from '../../services/errors.ts';
import type { HttpDeps } from '../deps.ts';

export function healthRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get(
    '/health',
    {
      schema: { summary: 'Tình trạng máy chủ / Server health', tags: ['meta'] },
      config: {
        openapi: {
          responses: {
            '200': {
              description: 'Healthy',
              schema: { type: 'object', properties: { status: { const: 'ok' } } },
            },
            '503': { description: 'The database cannot be reached' },
          },
        },
      },
    },
    async () => {
      try {
        await deps.store.count('units');
      } catch {
        throw serviceError(
          'DATABASE_UNAVAILABLE',
          503,
          'Không kết nối được cơ sở dữ liệu.',
          'The database cannot be reached.',
        );
      }
      return { status: 'ok', database: deps.store.dialect, time: new Date(deps.clock()).toISOString() };
    },
  );
}
