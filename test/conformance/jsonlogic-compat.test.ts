import { describe, expect, test } from 'vitest';
import { JSON_LOGIC_JS, scoreAll, scoreSuite } from '../../bench/jsonlogic-compat.ts';
import { extPath } from '../support/ext.ts';

// Community suites (json-logic/compat-tables, json-logic/.github): the engine must do at least as well as
// the reference implementation, and pass the jsonlogic.com baseline (compatible.json) entirely.
const dir = extPath('jsonlogic/compat-tables/suites/index.json') && extPath('jsonlogic');

describe.runIf(dir)('JSON Logic compat tables', () => {
  test('compatible.json (the jsonlogic.com baseline) passes fully', () => {
    const score = scoreSuite('compatible.json', `${dir}/compat-tables/suites/compatible.json`);
    expect(score.failures).toEqual([]);
    expect(score.passed).toBe(278);
  });

  test(`the total is at least json-logic-js's ${JSON_LOGIC_JS.passed}/${JSON_LOGIC_JS.total}`, () => {
    const scores = scoreAll(dir as string);
    const compat = scores.filter((s) => !s.suite.startsWith('.github/'));
    const passed = compat.reduce((n, s) => n + s.passed, 0);
    expect(compat.reduce((n, s) => n + s.total, 0)).toBe(JSON_LOGIC_JS.total);
    expect(passed).toBeGreaterThanOrEqual(JSON_LOGIC_JS.passed);
    // Today every case passes; a regression shows which.
    expect(scores.flatMap((s) => s.failures.map((f) => `${s.suite}: ${f.description}`))).toEqual([]);
  });
});
