import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The remote documents the 2020-12 tests $ref, under the URIs the suite serves them at. */
export function loadRemotes(root: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) {
        out[`http://localhost:1234/${relative(root, path)}`] = JSON.parse(readFileSync(path, 'utf8'));
      }
    }
  };
  walk(join(root, 'draft2020-12'));
  return out;
}
