import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileForm, formVariables } from '../../runtime/engine/forms/index.ts';
import { extPath } from '../support/ext.ts';

// Real government e-forms written by others: US Veterans Affairs (draft-04) and the US Federal Audit
// Clearinghouse (2019-09).
const va = extPath('real-forms/va-json-schema');
const gsa = extPath('real-forms/gsa-fac-json-schema');

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));
/** The schemas of a folder; none when it is missing (its describe is skipped, but still collected). */
const schemasIn = (dir: string | undefined): string[] =>
  dir === undefined ? [] : readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.runIf(va)('VA forms (JSON Schema draft-04)', () => {
  const dir = va as string;

  test.each(schemasIn(dir))('%s is refused cleanly at $schema: forms are 2020-12', (file) => {
    const result = compileForm({ schema: read(join(dir, file)) });
    expect(result).toEqual({
      problems: [expect.objectContaining({ code: 'FORM_SCHEMA_INVALID', path: '/form/schema/$schema' })],
    });
  });

  test.each(schemasIn(dir))(
    '%s compiles as 2020-12 once $schema is dropped (what an import does)',
    (file) => {
      const { $schema: _draft04, ...schema } = read(join(dir, file));
      const result = compileForm({ schema });
      if ('problems' in result) throw new Error(JSON.stringify(result.problems));
      const errors = result.validate({});
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.code === 'FORM_REQUIRED' || e.code === 'FORM_ANY_OF')).toBe(true);
      expect(formVariables(schema).size).toBeGreaterThan(50);
    },
  );

  test('the two real 21P-527EZ submissions validate with no errors', () => {
    const { $schema: _draft04, ...schema } = read(join(dir, '21P-527EZ-schema.json'));
    const result = compileForm({ schema });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    for (const example of readdirSync(join(dir, 'examples'))) {
      expect(result.validate(read(join(dir, 'examples', example))), example).toEqual([]);
    }
  });

  test('a broken submission gets field errors, one per field, in Vietnamese and English', () => {
    const { $schema: _draft04, ...schema } = read(join(dir, '21P-527EZ-schema.json'));
    const result = compileForm({ schema });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    const data = read(join(dir, 'examples', '21P-527EZ-SIMPLE-example.json'));
    const broken: Record<string, unknown> = {
      ...data,
      veteranDateOfBirth: '1950-13-40',
      email: 'no-at-sign',
    };
    delete broken.veteranFullName;
    const errors = result.validate(broken);
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual(
      expect.arrayContaining(['/veteranFullName FORM_REQUIRED']),
    );
    expect(new Set(errors.map((e) => e.path)).size).toBe(errors.length);
  });
});

describe.runIf(gsa)('Federal Audit Clearinghouse forms (JSON Schema 2019-09)', () => {
  const dir = gsa as string;

  test.each(schemasIn(dir))('%s compiles', (file) => {
    expect('problems' in compileForm({ schema: read(join(dir, file)) })).toBe(false);
  });

  test('conditional requirements (if/then) land on the fields they require', () => {
    const result = compileForm({ schema: read(join(dir, 'GeneralInformationRequired.schema.json')) });
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    const usa = result.validate({ auditor_country: 'USA' }).map((e) => `${e.path} ${e.code}`);
    const abroad = result.validate({ auditor_country: 'non-USA' }).map((e) => `${e.path} ${e.code}`);
    expect(usa.filter((e) => !abroad.includes(e))).toEqual([
      '/auditor_address_line_1 FORM_REQUIRED',
      '/auditor_city FORM_REQUIRED',
      '/auditor_state FORM_REQUIRED',
      '/auditor_zip FORM_REQUIRED',
    ]);
    expect(abroad.filter((e) => !usa.includes(e))).toEqual(['/auditor_international_address FORM_REQUIRED']);
  });
});
