import { describe, expect, it } from 'vitest';
import { example } from '../../../../test/support/examples.ts';
import { componentsRequired, feePreview } from './fee-preview.ts';

const birth = example('birth-registration');
const NOW = Date.parse('2026-11-23T14:10:00+07:00');

describe('the fee estimate while the form is filled', () => {
  it('has no figure while an answer a fee reads is missing, not a wrong one', () => {
    expect(feePreview(birth, {}, NOW)).toBeUndefined();
    expect(feePreview(birth, { child: { birthDate: '2026-11-02' } }, NOW)).toBeUndefined();
    expect(feePreview(birth, { child: { birthDate: '2026-11-02' }, extractCopies: '' }, NOW)).toBeUndefined();
  });

  it('computes the fees as the engine does once every answer read is there', () => {
    const onTime = feePreview(birth, { child: { birthDate: '2026-11-02' }, extractCopies: 2 }, NOW);
    expect(onTime?.items.map((i) => i.amount)).toEqual([0, 16_000]);
    const late = feePreview(birth, { child: { birthDate: '2026-08-01' }, extractCopies: 0 }, NOW);
    expect(late?.total).toBe(8_000);
  });

  it('asks for the papers the answers make required', () => {
    expect([...componentsRequired(birth, { birthProofKind: 'witness_statement' }, NOW)]).toEqual([
      'witness_statement',
    ]);
    expect([...componentsRequired(birth, {}, NOW)]).toEqual([]);
  });
});
