import { describe, expect, it } from 'vitest';
import { changeRows, type VersionDiff } from './changes.ts';

const none = { added: [], removed: [], changed: [] };
const fee = (id: string, vi: string, amount: unknown) => ({ id, kind: 'fee', label: { vi, en: vi }, amount });

describe('the diff in words', () => {
  it('tells a fee’s fixed amount before and after; a fee changed otherwise is only named', () => {
    const byRule = { '*': [5000, { var: 'copies' }] };
    // As the server's diff says it (server/services/diff.ts).
    const diff: VersionDiff = {
      nodes: none,
      edges: none,
      fields: none,
      components: none,
      fees: {
        added: [],
        removed: [],
        changed: [
          { id: 'fee', from: fee('fee', 'Lệ phí', 50_000), to: fee('fee', 'Lệ phí', 70_000) },
          { id: 'copies', from: fee('copies', 'Phí bản sao', byRule), to: fee('copies', 'Phí mới', byRule) },
          { id: 'extract', from: fee('extract', 'Trích lục', byRule), to: fee('extract', 'Trích lục', 8000) },
        ],
      },
      processingTime: null,
      identical: false,
    };
    const rows = changeRows(diff, 'vi');
    expect(rows.map((g) => g.part)).toEqual(['fees']);
    expect(rows[0].rows).toEqual([
      {
        kind: 'changed',
        id: 'fee',
        label: 'Lệ phí (fee)',
        target: { kind: 'fee', key: 'fee' },
        amount: { from: 50_000, to: 70_000 },
      },
      { kind: 'changed', id: 'copies', label: 'Phí mới (copies)', target: { kind: 'fee', key: 'copies' } },
      {
        kind: 'changed',
        id: 'extract',
        label: 'Trích lục (extract)',
        target: { kind: 'fee', key: 'extract' },
      },
    ]);
  });
});
