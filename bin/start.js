#!/usr/bin/env node
// The server is built in a later issue; until then `npm start` says so plainly.
console.log('Một Cửa: máy chủ chưa được xây dựng — the server is not built yet.');
console.log('Dùng CLI / use the CLI: npx motcua --help');
