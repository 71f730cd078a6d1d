/**
 * Any JSON Schema renders something sensible: every real government form in ../shared/ext/real-forms and every
 * react-jsonschema-form playground sample renders in the designer's preview — with its example data where it has
 * some — without an exception or a React warning, each field with a label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect } from 'vitest';
import { extPath } from '../support/ext.ts';
import { browserDescribe } from './support/fixtures.ts';
import { formTest as it, renderForm } from './support/form-harness.ts';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

function jsonFiles(dir: string | undefined): string[] {
  if (!dir) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.includes('examples/'))
    .map((f) => join(dir, f));
}

const realForms = extPath('real-forms');
const samples = extPath('rjsf-samples');

interface Case {
  name: string;
  schema: Record<string, unknown>;
  data?: unknown;
}

const cases: Case[] = [
  ...jsonFiles(realForms).map((file) => ({ name: relative(realForms!, file), schema: read(file) })),
  ...jsonFiles(samples).map((file) => {
    const sample = read(file);
    return {
      name: relative(samples!, file),
      schema: sample.schema as Record<string, unknown>,
      data: sample.formData,
    };
  }),
];
// The two real submissions of the VA pension form, rendered in it.
if (realForms) {
  const dir = join(realForms, 'va-json-schema');
  for (const example of readdirSync(join(dir, 'examples'))) {
    cases.push({
      name: `va-json-schema/examples/${example}`,
      schema: read(join(dir, '21P-527EZ-schema.json')),
      data: read(join(dir, 'examples', example)),
    });
  }
}

// Without ../shared/ext the test is skipped, after extPath's notice (a failure under MOTCUA_STRICT_TESTS).
(realForms && samples ? browserDescribe : describe.skip)('any JSON Schema in the form renderer', () => {
  it(`renders every real form and RJSF sample (${cases.length}) without an error`, async ({ page }) => {
    const unlabelled: string[] = [];
    for (const c of cases) {
      await renderForm(page, { schema: c.schema, defaultValue: c.data, mode: 'preview', steps: 'none' });
      expect(await page.evaluate(() => window.harness.failures), c.name).toEqual([]);
      // Every input has a name for assistive technology.
      const nameless = await page
        .locator('form.mc-form input:not([type="hidden"]), form.mc-form textarea')
        .evaluateAll(
          (inputs) =>
            inputs.filter(
              (i) =>
                !(i as HTMLInputElement).labels?.length &&
                !i.getAttribute('aria-labelledby') &&
                !i.getAttribute('aria-label') &&
                !i.closest('label'),
            ).length,
        );
      if (nameless > 0) unlabelled.push(`${c.name}: ${nameless}`);
    }
    expect(unlabelled).toEqual([]);
  });
});
