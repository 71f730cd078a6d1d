/**
 * GET /: a plain page for whoever opens the address in a browser, until the web app is served here:
 * what is running and where to go (Vietnamese first).
 */
import type { FastifyInstance } from 'fastify';

const PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Một Cửa</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
h1{color:#b71c1c}a{color:#0d47a1}small{color:#555}</style></head>
<body>
<h1>Một Cửa</h1>
<p>Hệ thống thông tin giải quyết thủ tục hành chính đang chạy. Giao diện cổng dịch vụ công và bàn làm việc của cán bộ
sẽ được phục vụ tại đây.</p>
<p><small>The administrative procedures system is running. The citizen portal and the officers' desk will be served
here.</small></p>
<ul>
<li><a href="/api/v1/procedures">Danh mục thủ tục</a> <small>/ procedure catalogue</small></li>
<li><a href="/api/v1/openapi.json">Tài liệu API (OpenAPI 3.1)</a> <small>/ API document</small></li>
<li><a href="/api/v1/health">Tình trạng hệ thống</a> <small>/ health</small></li>
</ul>
</body>
</html>
`;

export function homeRoute(app: FastifyInstance): void {
  app.get('/', { config: { openapi: { hide: true } } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
}
