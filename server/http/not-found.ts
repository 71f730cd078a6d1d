/** Unknown paths get 404; a known path asked with another method gets 405 and the Allow header. */
import type { FastifyInstance } from 'fastify';
import { RequestError } from '../auth/errors.ts';
import type { RouteTable } from './route-table.ts';
import { sendError } from './errors.ts';

export function notFoundHandler(app: FastifyInstance, routes: RouteTable): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const allowed = routes.methodsFor(path).filter((m) => m !== 'HEAD');
    if (allowed.length > 0) {
      return sendError(
        reply,
        new RequestError(
          405,
          'METHOD_NOT_ALLOWED',
          {
            vi: `Phương thức ${request.method} không được hỗ trợ tại địa chỉ này (hỗ trợ: ${allowed.join(', ')}).`,
            en: `Method ${request.method} is not supported here (supported: ${allowed.join(', ')}).`,
          },
          { allow: allowed.join(', ') },
        ),
        request,
      );
    }
    return sendError(
      reply,
      new RequestError(404, 'NOT_FOUND', {
        vi: 'Không tìm thấy địa chỉ này.',
        en: 'There is nothing at this address.',
      }),
      request,
    );
  });
}
