/**
 * What `/` shows when the web apps are not built (a developer running the server from the tests, or before
 * `npm run build:web`): the API runs, and the page says so and how to build the apps (Vietnamese first).
 */

export const NOT_BUILT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Một Cửa — chưa dựng giao diện web</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
h1{color:#b71c1c}a{color:#0d47a1}code{background:#f1f1f1;padding:0 .25rem}small{color:#555}</style></head>
<body>
<h1>Một Cửa</h1>
<p>Máy chủ và API đang chạy, nhưng giao diện web (cổng dịch vụ công, trang thiết kế thủ tục) <strong>chưa được
dựng</strong>. Chạy <code>npm run build:web</code> rồi tải lại trang, hoặc khởi động bằng <code>npm start</code>
(tự dựng khi cần).</p>
<p><small>The server and the API are running, but the web apps are <strong>not built</strong>. Run
<code>npm run build:web</code> and reload, or start with <code>npm start</code>, which builds them when needed.</small></p>
<ul>
<li><a href="/api/v1/procedures">Danh mục thủ tục</a> <small>/ procedure catalogue</small></li>
<li><a href="/api/v1/openapi.json">Tài liệu API (OpenAPI 3.1)</a> <small>/ API document</small></li>
<li><a href="/api/v1/health">Tình trạng hệ thống</a> <small>/ health</small></li>
</ul>
</body>
</html>
`;
