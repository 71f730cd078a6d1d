import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeeItem } from '../../schemas/procedure.ts';
import { at, definition, proceed, run, ACCEPT } from '../../test/engine/support/builder.ts';
import { computeFees } from './fees.ts';
import { lint } from './lint/index.ts';

/** The certificate fee before and from 1 Jan 2027 (a new circular): two tables of one purpose. */
const line = (id: string, amount: number, effective?: FeeItem['effective']): FeeItem => ({
  id,
  kind: 'fee',
  label: { vi: 'Lệ phí cấp giấy', en: 'Certificate fee' },
  amount,
  purpose: 'certificate',
  ...(effective ? { effective } : {}),
});
const def = definition({
  fees: [
    line('certificate_2026', 50000, { until: '2027-01-01' }),
    line('certificate_2027', 70000, { from: '2027-01-01' }),
  ],
});
const total = (receivedAt: string | undefined, now = '2026-12-31T10:00') =>
  computeFees(def, {}, { now: at(now), ...(receivedAt ? { receivedAt: at(receivedAt) } : {}) }).total;

describe('fee tables by effective date', () => {
  it('the time of receipt, read in Vietnam, picks the table; before receipt, now does', () => {
    expect(total('2026-12-31T23:59')).toBe(50000);
    expect(total('2027-01-01T00:00')).toBe(70000);
    // 17:00 UTC on 31 Dec is already 1 Jan in Vietnam.
    expect(total('2026-12-31T17:00:00Z')).toBe(70000);
    expect(total(undefined, '2026-12-31T16:59:59Z')).toBe(50000);
    expect(total(undefined, '2027-01-04T08:00')).toBe(70000);
  });

  it('a dossier received before the date keeps the old amount, even when supplemented after it', () => {
    const received = run(def, [ACCEPT], { at: '2026-11-23T08:00' });
    expect(received.dossier.fees.items.map((i) => [i.id, i.amount])).toEqual([['certificate_2026', 50000]]);
    const asked = proceed(def, received, [
      {
        at: '2026-12-30T09:00',
        action: 'request_supplement',
        role: 'specialist',
        input: { reasons: ['Thiếu bản sao'] },
      },
      {
        at: '2027-01-05T09:00',
        action: 'supplement',
        role: 'citizen',
        input: { data: { name: 'Nguyễn Văn B' } },
      },
    ]);
    expect(asked.dossier.fees.total).toBe(50000);
  });

  it('a dossier submitted before the date but received on or after it gets the new amount', () => {
    const submitted = run(def, [], { at: '2026-12-31T16:00' });
    expect(submitted.dossier.fees.total).toBe(50000);
    const received = proceed(def, submitted, [
      { at: '2027-01-04T08:00', action: 'accept', role: 'reception' },
    ]);
    expect(received.dossier.fees).toMatchObject({ total: 70000, paid: 0 });
    expect(received.dossier.fees.items.map((i) => i.id)).toEqual(['certificate_2027']);
  });

  it('when the periods tile, exactly one table applies at any time, and lint finds no overlap', () => {
    const day = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2036, 0, 1) }),
        (boundaries, receivedAt) => {
          const days = [...boundaries].sort();
          const tables = [undefined, ...days].map((from, i) =>
            line(`table_${i}`, i, { ...(from ? { from } : {}), ...(days[i] ? { until: days[i] } : {}) }),
          );
          const tiled = definition({ fees: tables });
          const { items } = computeFees(tiled, {}, { now: receivedAt, receivedAt });
          expect(items).toHaveLength(1);
          const local = new Date(receivedAt + 7 * 3600_000).toISOString().slice(0, 10);
          expect(days.filter((d) => d <= local)).toHaveLength(items[0].amount);
          expect(lint(tiled).filter((p) => p.code.startsWith('FEE_'))).toEqual([]);
        },
      ),
    );
  });
});

describe('fee period lint', () => {
  const codes = (fees: FeeItem[]) =>
    lint(definition({ fees })).map((p) => ({
      code: p.code,
      path: p.path,
      vi: p.message.vi !== '',
      en: p.message.en !== '',
    }));

  it('overlapping tables of one purpose are an error at the later line', () => {
    expect(codes([line('a', 1, { until: '2027-01-02' }), line('b', 2, { from: '2027-01-01' })])).toEqual([
      { code: 'FEE_PERIODS_OVERLAP', path: '/fees/1/effective', vi: true, en: true },
    ]);
    // A line without a purpose is its own: its id.
    expect(codes([{ ...line('a', 1), purpose: undefined }, line('b', 2, { from: '2027-01-01' })])).toEqual(
      [],
    );
    expect(codes([line('a', 1), line('b', 2, { from: '2027-01-01' })])[0].code).toBe('FEE_PERIODS_OVERLAP');
  });

  it('a period that starts on or after its end is an error at its end', () => {
    expect(codes([line('a', 1, { from: '2027-01-01', until: '2027-01-01' })])).toEqual([
      { code: 'FEE_PERIOD_EMPTY', path: '/fees/0/effective/until', vi: true, en: true },
    ]);
  });

  it('a date that is not a calendar day is refused by the schema at its place', () => {
    for (const bad of ['2027-02-29', '2027-13-01', '1/1/2027']) {
      expect(codes([line('a', 1, { from: bad })])).toContainEqual({
        code: 'DEFINITION_SCHEMA',
        path: '/fees/0/effective/from',
        vi: true,
        en: true,
      });
    }
  });
});
