#!/usr/bin/env node
// `npm start`: the server is TypeScript; tsx compiles it on the fly. The web apps are built first when their sources
// changed since the last build (the first start builds them), so a fresh clone needs no manual step.
import cluster from 'node:cluster';
import { register } from 'tsx/esm/api';

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
