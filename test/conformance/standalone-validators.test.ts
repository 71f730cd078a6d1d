/**
 * The portal's form validators, compiled ahead (ajv's standalone mode, runtime/engine/forms/standalone.ts), judge
 * as the engine's compiled in place: the same errors on every example's form (its sample answers, then each answer
 * broken), the same verdicts on the JSON Schema Test Suite (draft 2020-12) wherever the form runtime compiles the
 * schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileForm,
  PROCEDURE_FORM,
  standaloneForm,
  standaloneFormModule,
  type CompileOptions,
  type CompiledForm,
  type StandaloneModule,
} from '../../runtime/engine/forms/index.ts';
import type { FormDefinition } from '../../schemas/procedure.ts';
import { EXAMPLE_NAMES, example, scenario, scenarioFiles } from '../support/examples.ts';
import { extPath } from '../support/ext.ts';
import { loadRemotes } from './json-schema-suite-remotes.ts';

/** The served module, imported as a page imports it. */
async function served(form: FormDefinition, options: CompileOptions = PROCEDURE_FORM): Promise<CompiledForm> {
  const made = standaloneFormModule(form, options);
  if ('problems' in made) throw new Error(made.problems.map((p) => p.code).join(', '));
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(made.code).toString('base64')}`
  )) as StandaloneModule;
  return standaloneForm(form, module);
}

function inPlace(form: FormDefinition, options: CompileOptions = PROCEDURE_FORM): CompiledForm {
  const compiled = compileForm(form, options);
  if ('problems' in compiled) throw new Error(compiled.problems.map((p) => p.code).join(', '));
  return compiled;
}

/** Each leaf of `data` replaced by a value of another kind, one at a time. */
function broken(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => broken(item).map((b) => data.with(i, b)));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => broken(value).map((b) => ({ ...data, [key]: b })));
  }
  return [typeof data === 'string' ? 12 : 'x', null];
}

describe("the examples' forms", () => {
  it.each(EXAMPLE_NAMES)('%s: the same errors from the served validator as from the engine', async (name) => {
    const definition = example(name);
    const [standalone, engine] = [await served(definition.form), inPlace(definition.form)];
    const samples = scenarioFiles()
      .map(scenario)
      .filter((s) => s.definition === `../${name}.json`)
      .map((s) => s.submit.data);
    expect(samples.length).toBeGreaterThan(0);
    const cases = [...samples, ...samples.flatMap(broken), {}, [], 'text', { extra: true }];
    for (const data of cases) expect(standalone.validate(data)).toEqual(engine.validate(data));
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expect(standalone.validate(data)).toEqual(engine.validate(data));
      }),
      { numRuns: 200 },
    );
  });
});

const tests = extPath('json-schema-test-suite/tests/draft2020-12');
const remotes = extPath('json-schema-test-suite/remotes');

interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

describe.runIf(tests && remotes)('JSON Schema Test Suite, draft 2020-12', () => {
  it('gives the verdict of the engine on every case whose schema the form runtime compiles', async () => {
    const options: CompileOptions = { schemas: loadRemotes(remotes!) };
    const differ: string[] = [];
    let compared = 0;
    for (const file of readdirSync(tests!).filter((f) => f.endsWith('.json'))) {
      for (const group of JSON.parse(readFileSync(join(tests!, file), 'utf8')) as Group[]) {
        const form = { schema: group.schema as Record<string, unknown> };
        const engine = compileForm(form, options);
        if ('problems' in engine) continue;
        const standalone = await served(form, options);
        for (const t of group.tests) {
          compared++;
          const verdict = (c: CompiledForm) => c.validate(t.data).length === 0;
          if (verdict(standalone) !== verdict(engine))
            differ.push(`${file}: ${group.description} / ${t.description}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(1200);
  });
});
