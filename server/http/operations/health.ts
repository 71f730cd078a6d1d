/** The process answers and the database is reachable (for load balancers and monitoring). */
import { NoInput, Type } from '../../contracts/common.ts';
import { serviceError } from '../../errors.ts';
import { query } from './operation.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

export const health = {
  check: query({
    summary: 'Tình trạng máy chủ / Server health',
    tags: ['meta'],
    access: 'public',
    input: NoInput,
    output: Type.Object({
      status: Type.Literal('ok'),
      database: Type.Union([Type.Literal('sqlite'), Type.Literal('pg')]),
      time: Type.String(),
    }),
    rest: { method: 'GET', path: '/health' },
    errors: { '503': 'DATABASE_UNAVAILABLE: the database cannot be reached' },
    async run({ deps }) {
      try {
        await deps.store.count('units');
      } catch {
        throw serviceError('DATABASE_UNAVAILABLE', 503, message('http.databaseUnavailable'));
      }
      return {
        status: 'ok' as const,
        database: deps.store.dialect,
        time: new Date(deps.clock()).toISOString(),
      };
    },
  }),
};
