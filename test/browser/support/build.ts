/** vitest globalSetup of the browser tests: the web apps are built once per run, if their sources changed. */
import { ensureWebBuild } from '../../../bin/build-web.ts';

export default async function setup(): Promise<void> {
  await ensureWebBuild({ quiet: true });
}
