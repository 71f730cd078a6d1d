import { describe, expect, it } from 'vitest';
import { money, possibleAmounts } from './fee-words.ts';

describe('possibleAmounts', () => {
  it('reads a fixed amount, the branches of an if, and gives up on arithmetic', () => {
    expect(possibleAmounts(8000)).toEqual([8000]);
    expect(possibleAmounts({ if: [{ '<=': [{ var: 'age' }, 60] }, 0, 8000] })).toEqual([0, 8000]);
    expect(possibleAmounts({ if: [true, 5, false, 5, 10] })).toEqual([5, 10]);
    expect(possibleAmounts({ '*': [{ var: 'copies' }, 8000] })).toBe('computed');
  });

  it('writes amounts in each language', () => {
    expect(money(8000)).toEqual({ vi: '8.000 đồng', en: 'VND 8,000' });
  });
});
