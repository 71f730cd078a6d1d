/**
 * JSON Logic compatibility score of the rule engine against the community suites (json-logic/compat-tables
 * and json-logic/.github tests), read from ../shared/ext beside the project. Also times a typical fee rule.
 * Run: npx tsx bench/jsonlogic-compat.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRule, evaluate, RuleError } from '../runtime/engine/rules/index.ts';

export interface SuiteCase {
  description: string;
  rule: unknown;
  data?: unknown;
  result?: unknown;
  error?: { type: unknown };
}

export interface SuiteScore {
  suite: string;
  passed: number;
  total: number;
  failures: { description: string; rule: unknown; expected: unknown; got: unknown }[];
}

/** Published score of the reference implementation on the same 1,138 compat-tables cases. */
export const JSON_LOGIC_JS = { passed: 782, total: 1138 };

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
    );
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bo = b as Record<string, unknown>;
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(bo, k) && sameJson((a as Record<string, unknown>)[k], bo[k]))
  );
}

/** Runs one case: a result must be equal as JSON; an expected error must be a RuleError of that type. */
export function runCase(c: SuiteCase): { ok: boolean; got: unknown } {
  let got: unknown;
  try {
    got = { result: evaluate(c.rule, c.data) };
  } catch (error) {
    got =
      error instanceof RuleError ? { error: error.value ?? { code: error.code } } : { crash: String(error) };
  }
  const outcome = got as { result?: unknown; error?: { type?: unknown } };
  const ok =
    'error' in c
      ? 'error' in outcome && sameJson(outcome.error?.type, c.error?.type)
      : 'result' in outcome && sameJson(outcome.result, c.result);
  return { ok, got };
}

export function readSuite(file: string): SuiteCase[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  return entries.filter((e): e is SuiteCase => typeof e === 'object' && e !== null);
}

export function scoreSuite(suite: string, file: string): SuiteScore {
  const score: SuiteScore = { suite, passed: 0, total: 0, failures: [] };
  for (const c of readSuite(file)) {
    score.total++;
    const { ok, got } = runCase(c);
    if (ok) score.passed++;
    else
      score.failures.push({
        description: c.description,
        rule: c.rule,
        expected: 'error' in c ? { error: c.error } : c.result,
        got,
      });
  }
  return score;
}

/** Every suite: compat-tables in its index order, then the two files only json-logic/.github has. */
export function scoreAll(jsonlogicDir: string): SuiteScore[] {
  const suites = `${jsonlogicDir}/compat-tables/suites`;
  const index = JSON.parse(readFileSync(`${suites}/index.json`, 'utf8')) as string[];
  const scores = index.map((name) => scoreSuite(name, `${suites}/${name}`));
  for (const name of ['escaping.json', 'empty-objects.json']) {
    scores.push(scoreSuite(`.github/${name}`, `${jsonlogicDir}/json-logic-dotgithub/${name}`));
  }
  return scores;
}

function timeFeeRule(): void {
  const rule = { if: [{ '<=': [{ date_diff: [{ var: 'child.birthDate' }, { today: [] }] }, 60] }, 0, 8000] };
  const data = { child: { birthDate: '2024-03-01' } };
  const ctx = { now: Date.UTC(2024, 3, 15, 3) };
  const compiled = compileRule(rule);
  const measure = (label: string, run: () => unknown, n: number) => {
    for (let i = 0; i < n / 10; i++) run();
    const start = performance.now();
    for (let i = 0; i < n; i++) run();
    const us = ((performance.now() - start) * 1000) / n;
    console.log(`${label.padEnd(44)} ${us.toFixed(3)} µs/evaluation`);
  };
  console.log(`\nFee rule ${JSON.stringify(rule)} → ${String(compiled(data, ctx))}`);
  measure('compileRule (cached closure)', () => compiled(data, ctx), 2_000_000);
  measure('evaluate (compiles afresh every time)', () => evaluate(rule, data, ctx), 200_000);
}

function main(): void {
  const dir = fileURLToPath(new URL('../../shared/ext/jsonlogic', import.meta.url));
  if (!existsSync(dir)) {
    console.error(`${dir} is missing: nothing to score`);
    process.exitCode = 1;
    return;
  }
  const scores = scoreAll(dir);
  let passed = 0;
  let total = 0;
  let compatTotal = 0;
  let compatPassed = 0;
  for (const s of scores) {
    console.log(
      `${s.suite.padEnd(36)} ${String(s.passed).padStart(4)}/${String(s.total).padEnd(4)}${s.passed === s.total ? '' : '  ✗'}`,
    );
    passed += s.passed;
    total += s.total;
    if (!s.suite.startsWith('.github/')) {
      compatPassed += s.passed;
      compatTotal += s.total;
    }
  }
  console.log(
    `\ncompat-tables: ${compatPassed}/${compatTotal}   (reference: json-logic-js passes ${JSON_LOGIC_JS.passed}/${JSON_LOGIC_JS.total})`,
  );
  console.log(`all suites:    ${passed}/${total}`);
  if (process.argv.includes('--failures')) {
    for (const s of scores) for (const f of s.failures) console.log(s.suite, JSON.stringify(f));
  }
  timeFeeRule();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
