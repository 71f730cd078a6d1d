import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './money.ts';

describe('amountInWords', () => {
  it('reads amounts as Vietnamese receipts write them', () => {
    const cases: [number, string][] = [
      [0, 'Không đồng'],
      [15_000, 'Mười lăm nghìn đồng'],
      [21_000, 'Hai mươi mốt nghìn đồng'],
      [24_000, 'Hai mươi tư nghìn đồng'],
      [105_000, 'Một trăm linh năm nghìn đồng'],
      [200_000, 'Hai trăm nghìn đồng'],
      [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
      [2_500_000_000, 'Hai tỷ năm trăm triệu đồng'],
    ];
    for (const [amount, text] of cases) expect(amountInWords(amount)).toBe(text);
  });

  it('gives every whole amount one capitalised reading ending in đồng, and refuses anything else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const text = amountInWords(amount);
        expect(text).toMatch(/^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\p{L} ]* đồng$/u);
        expect(text).not.toMatch(/ {2}/);
      }),
    );
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => amountInWords(bad)).toThrow();
  });
});
