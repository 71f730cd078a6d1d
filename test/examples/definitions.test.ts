/** The five example definitions: they lint clean, and their fee rules give the published amounts. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feesFor, lint } from '../../runtime/engine/index.ts';
import { parseInstant } from '../../runtime/engine/time/index.ts';
import { birthData, example, EXAMPLE_NAMES, EXAMPLES_DIR, judicialData } from '../support/examples.ts';
import { wellFormed } from '../engine/support/problems.ts';

const NOW = parseInstant('2026-11-23T09:00:00+07:00')!;

describe('example definitions lint', () => {
  it('covers every definition in examples/', () => {
    const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(EXAMPLE_NAMES.map((name) => `${name}.json`).sort());
  });
  for (const name of EXAMPLE_NAMES) {
    it(`${name} has no lint errors, and its warnings are well formed`, () => {
      const errors = wellFormed(lint(example(name))).filter((p) => p.severity === 'error');
      expect(errors).toEqual([]);
    });
  }
});

/** The total and each line's amount by id. */
function amounts(name: string, data: Record<string, unknown>, now = NOW): Record<string, number> {
  const result = feesFor(example(name), data, { now });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message.en}`);
  return {
    total: result.value.total,
    ...Object.fromEntries(result.value.items.map((i) => [i.id, i.amount])),
  };
}

describe('judicial record fees (200,000; 100,000 students and merit; free for exempt groups; 5,000 from the 3rd copy)', () => {
  // A child is under 16 on the day of handing in (the form's check); the others keep the sample's adult.
  const data = (applicantCategory: string, copies: number) =>
    judicialData({
      applicantCategory,
      copies,
      ...(applicantCategory === 'child' ? { applicant: { birthDate: '2015-06-01' } } : {}),
    });
  const cases: [string, number, number, number][] = [
    ['standard', 1, 200000, 0],
    ['standard', 2, 200000, 0],
    ['standard', 3, 200000, 5000],
    ['standard', 20, 200000, 90000],
    ['student', 2, 100000, 0],
    ['student', 5, 100000, 15000],
    ['merit', 1, 100000, 0],
    ['child', 1, 0, 0],
    ['elderly', 2, 0, 0],
    ['disabled', 1, 0, 0],
    ['poor', 4, 0, 10000],
  ];
  for (const [category, copies, certificate, extra] of cases) {
    it(`${category}, ${copies} cop${copies === 1 ? 'y' : 'ies'}: ${certificate} + ${extra}`, () => {
      expect(amounts('judicial-record', data(category, copies))).toEqual({
        total: certificate + extra,
        certificate,
        extra_copies: extra,
      });
    });
  }
});

describe('birth registration fees (free within 60 days of the birth; 8,000 per extract copy)', () => {
  const data = (birthDate: string, extractCopies: number) =>
    birthData({ child: { birthDate }, extractCopies });
  // Today is 23 Nov 2026 (+07:00): 24 Sep is 60 days before, 23 Sep is 61.
  const cases: [string, number, number, number][] = [
    ['2026-11-23', 0, 0, 0],
    ['2026-11-02', 2, 0, 16000],
    ['2026-09-24', 1, 0, 8000],
    ['2026-09-23', 0, 8000, 0],
    ['2026-09-23', 3, 8000, 24000],
    ['2025-01-01', 1, 8000, 8000],
  ];
  for (const [birthDate, copies, registration, extract] of cases) {
    it(`born ${birthDate}, ${copies} copies: ${registration} + ${extract}`, () => {
      expect(amounts('birth-registration', data(birthDate, copies))).toEqual({
        total: registration + extract,
        registration,
        extract_copies: extract,
      });
    });
  }

  it('counts the days in Vietnam time: 24 Sep is 60 days before 23 Nov even at 00:30 +07:00 (17:30 UTC the day before)', () => {
    const justAfterMidnight = parseInstant('2026-11-23T00:30:00+07:00')!;
    expect(amounts('birth-registration', data('2026-09-24', 0), justAfterMidnight).registration).toBe(0);
    expect(amounts('birth-registration', data('2026-09-23', 0), justAfterMidnight).registration).toBe(8000);
  });
});
