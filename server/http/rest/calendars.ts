/**
 * The working calendar (office hours, working weekdays, holidays, make-up days, cut-off) as data: anyone signed
 * in reads it, the system admin replaces it. Dossiers accepted afterwards get their due times from the new one.
 */
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { getCalendarSpec, updateCalendar } from '../../services/index.ts';
import { requireIdentity } from '../caller.ts';
import { contextOf, type HttpDeps } from '../deps.ts';
import { calendarBody, calendarEnvelope, calendarView } from '../lifecycle-schemas.ts';
import { documented } from '../schemas.ts';
import { compileStrict, validatorCompiler } from '../validation.ts';

const tags = ['calendar'];

/** The body's envelope is checked here; the spec by the engine (422 CALENDAR_INVALID with its path). */
const envelopeOnly: FastifySchemaCompiler<object> = (route) =>
  route.httpPart === 'body'
    ? (compileStrict(calendarEnvelope) as ReturnType<FastifySchemaCompiler<object>>)
    : validatorCompiler(route);

export function calendarRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get(
    '/calendar',
    {
      schema: {
        summary: 'Lịch làm việc / The working calendar',
        description:
          'The stored spec; what it leaves out takes the defaults (07:30–11:30 and 13:00–17:00, Monday–Friday, ' +
          'cut-off 15:00, the generated Vietnamese holidays).',
        tags,
      },
      config: documented({ description: 'The spec and when it was last changed', schema: calendarView }),
    },
    async (request, reply) => {
      // Only signing in is required: no service context (roles) is needed to read the calendar.
      await requireIdentity(deps.auth, request, reply);
      return getCalendarSpec(deps.store);
    },
  );

  api.put<{ Body: { spec: unknown } }>(
    '/calendar',
    {
      schema: {
        summary: 'Sửa lịch làm việc / Replace the working calendar',
        description:
          'System admin only. A listed year’s holidays replace the generated ones for that year. Takes effect ' +
          'at once for every server process: dossiers accepted afterwards are timed by it.',
        tags,
        body: calendarBody,
      },
      validatorCompiler: envelopeOnly,
      config: documented(
        { description: 'The new spec', schema: calendarView },
        { '422': 'CALENDAR_INVALID: path and message say what is wrong; details lists every problem' },
      ),
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      return updateCalendar(deps.store, ctx, { spec: request.body.spec });
    },
  );
}
