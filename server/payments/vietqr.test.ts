import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVietQr, transferContent, vietQrPayload } from './vietqr.ts';

const PROVINCE = { bankBin: '970415', account: '113000006100', holder: 'KHO BAC NHA NUOC' };

describe('the VietQR code of a fee', () => {
  it('carries the account, the amount and the dossier code, behind a valid CRC', () => {
    const payload = vietQrPayload(PROVINCE, 200_000, '000.00.23.H41-261123-0007');
    expect(payload).toMatch(/^000201/); // EMVCo payload format indicator
    expect(payload).toContain('A000000727'); // NAPAS's application id
    expect(payload).toContain('5303704'); // currency: VND
    expect(readVietQr(payload)).toEqual({
      bankBin: PROVINCE.bankBin,
      account: PROVINCE.account,
      amount: 200_000,
      content: 'MC 000.00.23.H41-261123-0007',
    });
    const damaged = payload.slice(0, 40) + (payload[40] === '1' ? '2' : '1') + payload.slice(41);
    expect(readVietQr(damaged)).toBeUndefined();
  });

  it('reads back every amount and code it encodes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999_999 }),
        fc.stringMatching(/^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}-[0-9]{6}-[0-9]{4}$/),
        (amount, code) => {
          const read = readVietQr(vietQrPayload(PROVINCE, amount, code));
          expect(read).toMatchObject({ amount, content: transferContent(code) });
        },
      ),
    );
  });

  it('refuses what a bank could not take', () => {
    expect(() => vietQrPayload(PROVINCE, 0, 'X')).toThrow(RangeError);
    expect(() => vietQrPayload(PROVINCE, 1.5, 'X')).toThrow(RangeError);
    expect(() => vietQrPayload({ ...PROVINCE, bankBin: '97' }, 1000, 'X')).toThrow(RangeError);
    expect(transferContent('Hồ sơ/Đ1')).toBe('MC Ho soD1');
  });
});
