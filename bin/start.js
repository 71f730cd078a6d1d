#!/usr/bin/env node
// `npm start`: the server is TypeScript; tsx compiles it on the fly. The web apps are built first when their sources
// changed since the last build (the first start builds them), so a fresh clone needs no manual step.
import cluster from 'node:cluster';
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// V8 lets the heap grow to about four times what is live before collecting it when collecting looks cheap, as it
// does under a stream of submissions (~45 MB live, 175 MB heap, 350–380 MB resident). One and a half times keeps the
// server near 250 MB at the same rate. A --heap-growing-percent given to node is left as it is.
// `npm start` also gives node --max-semi-space-size=32 (V8 reads it only as the process starts, so it is in
// package.json's script, which cluster workers inherit): with the default 16 MB, a submission's objects still in
// flight outlive two young collections and are promoted, and the old space's collections then cost a quarter of the
// server's CPU per submission (0.37 of 1.33 ms, measured off the event loop); with 32 MB they die young, for ~15 MB
// more resident.
if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent')))
  setFlagsFromString('--heap-growing-percent=50');
register();
// With --workers N the primary has built the apps before forking its workers.
if (cluster.isPrimary) {
  const { ensureWebBuild } = await import('./build-web.ts');
  try {
    await ensureWebBuild();
  } catch (error) {
    // The API can still serve; the pages are the last good build, or say how to build them.
    console.error('Không dựng được giao diện web / The web apps failed to build:', error);
  }
}
const { main } = await import('../server/main.ts');
process.exitCode = await main(process.argv.slice(2));
// A worker's channel to the primary would keep it alive once the server has stopped.
if (cluster.isWorker) process.disconnect?.();
