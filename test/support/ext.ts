import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Test material written by others lives beside the project, in ../shared/ext (never copied in). */
export const EXT_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared/ext');

/** Tests that need it must never pass on nothing: under MOTCUA_STRICT_TESTS (set by .ci/run) a gap fails. */
export function extPath(relative: string): string | undefined {
  const path = resolve(EXT_DIR, relative);
  if (existsSync(path)) return path;
  const notice = `../shared/ext/${relative} is missing: the tests that read it did not run`;
  if (process.env.MOTCUA_STRICT_TESTS) throw new Error(notice);
  console.warn(`NOTICE: ${notice}`);
  return undefined;
}
