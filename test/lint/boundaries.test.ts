/**
 * The arrows of ARCHITECTURE.md are eslint rules (eslint.config.js); these cases prove each one still fires, so a
 * change to the config cannot switch a boundary off without a failing test. Each case lints a few lines as if
 * they were a file at that place in the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule and message of each problem found in `code` linted as the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('boundaries between the parts', () => {
  it('the engine imports only schemas/ and pure libraries', async () => {
    const found = await problems(
      'runtime/engine/example.ts',
      [
        "import { serviceError } from '../../server/errors.ts';",
        "import { createElement } from 'react';",
        "import { readFileSync } from 'node:fs';",
        "import type { ProcedureDefinition } from '../../schemas/procedure.ts';",
        "import Ajv from 'ajv';",
        'export const used = [serviceError, createElement, readFileSync, Ajv] as unknown as ProcedureDefinition;',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*server\/errors\.ts.*The engine imports only schemas/,
      ),
      expect.stringMatching(/^no-restricted-imports: 'react'.*pure libraries/),
      expect.stringMatching(/^no-restricted-imports: 'node:fs'.*no Node built-ins/),
    ]);
  });

  it('the web apps reach the engine through its public entry and the server only for types', async () => {
    const found = await problems(
      'runtime/web/example.ts',
      [
        "import { definitionRules } from '../engine/lint/rules.ts';",
        "import { lint } from '../engine/index.ts';",
        "import { createServer } from '../../server/http/server.ts';",
        "import type { AppRouter } from '../../server/http/trpc/router.ts';",
        "import { EventEmitter } from 'node:events';",
        'export const used: unknown[] = [definitionRules, lint, createServer, EventEmitter];',
        'export type Router = AppRouter;',
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*lint\/rules\.ts.*runtime\/engine\/index\.ts/),
      expect.stringMatching(
        /^@typescript-eslint\/no-restricted-imports: .*server\/http\/server\.ts.*only types/,
      ),
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: 'node:events'.*no Node built-ins/),
    ]);
  });

  it('the designer follows the same arrows, and the runtime does not import the designer', async () => {
    expect(
      await problems('designer/example.ts', "export { fail } from '../runtime/engine/errors.ts';"),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*runtime\/engine\/index\.ts/)]);
    expect(
      await problems(
        'runtime/web/example.ts',
        "export { ProceduresPage } from '../../designer/procedures/ProceduresPage.tsx';",
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*does not import the designer/)]);
  });

  it('server/ imports neither the web apps nor the designer', async () => {
    const found = await problems(
      'server/example.ts',
      [
        "export { SchemaForm } from '../runtime/web/form/react/SchemaForm.tsx';",
        "export { ProceduresPage } from '../designer/procedures/ProceduresPage.tsx';",
      ].join('\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*server\/ imports neither/),
      expect.stringMatching(/^import-x\/no-restricted-paths: .*server\/ imports neither/),
    ]);
  });

  it('no import cycles: a module of the engine that imports its own public entry closes a cycle', async () => {
    // runtime/engine/index.ts re-exports checks.ts; checks.ts importing the index back is a cycle.
    const found = await problems(
      'runtime/engine/checks.ts',
      "import { lint } from './index.ts';\nexport const used = lint;",
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]);
  });
});
