import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRule, evaluate } from '../../runtime/engine/rules/index.ts';
import { extPath } from '../support/ext.ts';

// The official shared suite of jsonlogic.com: [rule, data, expected] cases between comment strings.
const path = extPath('jsonlogic/jsonlogic.com/tests.json');
const cases = path
  ? (JSON.parse(readFileSync(path, 'utf8')) as unknown[]).filter((e): e is [unknown, unknown, unknown] =>
      Array.isArray(e),
    )
  : [];

describe.runIf(path)('jsonlogic.com tests.json', () => {
  test('holds the 277 cases', () => {
    expect(cases).toHaveLength(277);
  });

  test.each(cases.map((c, i) => [i + 1, JSON.stringify(c[0]), JSON.stringify(c[1]), c] as const))(
    'case %i: %s with %s',
    (_n, _rule, _data, [rule, data, expected]) => {
      expect(evaluate(rule, data)).toEqual(expected);
      expect(compileRule(rule)(data)).toEqual(expected);
    },
  );
});
