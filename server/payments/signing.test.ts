import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, SIGNATURE, signed, signedText } from './signing.ts';

const SECRET = 'BIMATCUANHACUNGCAP0123456789ABCD';
const params = fc.dictionary(
  fc.stringMatching(/^vnp_[A-Za-z]{1,12}$/),
  fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
  { minKeys: 1, maxKeys: 12 },
);

describe('the gateway signature', () => {
  it('signs the sorted, form-encoded parameters, without the signature and empty values', () => {
    expect(
      signedText({
        vnp_TxnRef: 'HS-001',
        vnp_Amount: '20000000',
        vnp_OrderInfo: 'Lệ phí hồ sơ 000.00.23.H41-261123-0007',
        vnp_BankCode: '',
        [SIGNATURE]: 'x',
      }),
    ).toBe(
      'vnp_Amount=20000000&vnp_OrderInfo=L%E1%BB%87+ph%C3%AD+h%E1%BB%93+s%C6%A1+000.00.23.H41-261123-0007&vnp_TxnRef=HS-001',
    );
  });

  it('accepts exactly what it signed, and nothing changed or signed with another secret', () => {
    fc.assert(
      fc.property(params, fc.nat(), fc.string({ minLength: 1, maxLength: 8 }), (p, pick, extra) => {
        const s = signed(p, SECRET);
        expect(hasValidSignature(s, SECRET)).toBe(true);
        expect(hasValidSignature(s, SECRET + '!')).toBe(false);
        const names = Object.keys(p);
        const name = names[pick % names.length];
        expect(hasValidSignature({ ...s, [name]: p[name] + extra }, SECRET)).toBe(false);
        expect(hasValidSignature({ ...s, vnp_Extra1: extra }, SECRET)).toBe(false);
      }),
    );
  });

  it('refuses a missing or malformed signature without comparing', () => {
    const s = signed({ vnp_Amount: '100' }, SECRET);
    expect(hasValidSignature({ vnp_Amount: '100' }, SECRET)).toBe(false);
    expect(hasValidSignature({ ...s, [SIGNATURE]: s[SIGNATURE].slice(2) }, SECRET)).toBe(false);
    expect(hasValidSignature({ ...s, [SIGNATURE]: 'z'.repeat(128) }, SECRET)).toBe(false);
    expect(hasValidSignature({ ...s, [SIGNATURE]: s[SIGNATURE].toUpperCase() }, SECRET)).toBe(true);
  });
});
