import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey, withoutDiacritics } from './diacritics.ts';

describe('text without diacritics', () => {
  it('drops the marks of every Vietnamese letter and keeps the case', () => {
    expect(withoutDiacritics('Đăng ký khai sinh tại UBND xã Hà Nội')).toBe(
      'Dang ky khai sinh tai UBND xa Ha Noi',
    );
    expect(withoutDiacritics('ẮẰẲẴẶ ỚỜỞỠỢ ỨỪỬỮỰ đĐ')).toBe('AAAAA OOOOO UUUUU dD');
  });

  it('makes the search key the same for any spelling of the same words', () => {
    expect(new Set(['khai sinh', 'KHAI SINH', 'Khai Sinh', 'khái sính'].map(searchKey))).toEqual(
      new Set(['khai sinh']),
    );
  });

  it('leaves ASCII as it is, so folding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = withoutDiacritics(s);
        expect(withoutDiacritics(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(withoutDiacritics(s)).toBe(s);
      }),
    );
  });
});
