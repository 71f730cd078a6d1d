import { describe, expect, it } from 'vitest';
import { example } from '../../test/support/examples.ts';
import { calculate, feeFields, sampleData } from './calculator.ts';

const judicial = example('judicial-record');
const NOW = Date.UTC(2026, 0, 5, 2);

describe('fee calculator', () => {
  it('asks for the fields the fee rules read', () => {
    expect(feeFields(judicial)).toEqual(['applicantCategory', 'copies']);
  });
  it('turns typed answers into form data', () => {
    expect(sampleData({ copies: '3', 'a.b': 'x', flag: 'true', empty: ' ' })).toEqual({
      copies: 3,
      a: { b: 'x' },
      flag: true,
    });
  });
  it('computes the lines and the total with the engine', () => {
    const result = calculate(judicial, { applicantCategory: 'student', copies: '4' }, NOW);
    expect(result.ok && result.value.total).toBe(110000);
    expect(result.ok && result.value.items.map((i) => i.amount)).toEqual([100000, 10000]);
  });
  it('reports an amount the rule cannot compute', () => {
    const broken = { ...judicial, fees: [{ ...judicial.fees[0], amount: -5 }] };
    const result = calculate(broken, {}, NOW);
    expect(result.ok).toBe(false);
  });
});
