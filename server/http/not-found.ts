/** Unknown paths get 404; a known path asked with another method gets 405 and the Allow header. */
import type { FastifyInstance } from 'fastify';
import { serviceError } from '../errors.ts';
import type { RouteTable } from './route-table.ts';
import { sendError } from './errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export function notFoundHandler(app: FastifyInstance, routes: RouteTable): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const allowed = routes.methodsFor(path).filter((m) => m !== 'HEAD');
    if (allowed.length > 0) {
      return sendError(
        reply,
        serviceError(
          'METHOD_NOT_ALLOWED',
          405,
          message('http.methodNotAllowedHere', {
            method: request.method,
            allowed: allowed.join(', '),
          }),
          { headers: { allow: allowed.join(', ') } },
        ),
        request,
      );
    }
    return sendError(reply, serviceError('NOT_FOUND', 404, message('http.nothingHere')), request);
  });
}
