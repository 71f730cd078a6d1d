#!/usr/bin/env node
// `npm start`: the server is TypeScript; tsx compiles it on the fly, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/main.ts');
process.exitCode = await main(process.argv.slice(2));
