/**
 * The designer's list of procedures in both dialects: drafts found without diacritics, the sector, unit and level
 * filters, the filters' choices with their counts, paging, the procedures waiting for approval and their count; and
 * a new procedure's code that is taken already.
 */
import { beforeAll, expect, it } from 'vitest';
import { createDraft, listDesigns, submitForApproval } from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { t, world, type World } from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

const now = t('2026-11-20T09:00');

await withStores('the designer’s procedures', (s) => {
  let w: World;
  const list = async (input: Parameters<typeof listDesigns>[2]) =>
    listDesigns(s.store(), await w.ctx('pheduyet', now), { limit: 100, ...input });
  const codes = async (input: Parameters<typeof listDesigns>[2]) =>
    (await list(input)).items.map((p) => p.code).sort();

  beforeAll(async () => {
    w = await world(s.store());
    await createDraft(s.store(), await w.ctx('thietke', now), {
      from: 'scratch',
      code: 'T.0001',
      name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
      sector: 'ho-tich',
      unit: '000.00.30.H41',
      level: 'partial_online',
    });
  });

  it('finds a draft-only procedure typed without diacritics, and filters by sector, unit and level', async () => {
    expect(await codes({ q: 'dang ky ket hon' })).toEqual(['T.0001']);
    expect(await codes({ q: 'DANG KY' })).toEqual(['1.001193', '2.000720', 'LT-KS-TT-BHYT', 'T.0001']);
    expect(await codes({ sector: 'ho-tich' })).toEqual(['1.001193', 'T.0001']);
    expect(await codes({ unit: '000.00.30.H41' })).toEqual(['2.001417', 'T.0001']);
    expect(await codes({ level: 'partial_online' })).toEqual(['1.009994', 'T.0001']);
    expect(await codes({ sector: 'ho-tich', level: 'full_online' })).toEqual(['1.001193']);
    expect(await codes({ sector: 'ho-tich', unit: '000.01.01.H41', q: 'ket hon' })).toEqual([]);
  });

  it('counts each filter’s choices among what the other filters and the words let through', async () => {
    const all = await list({});
    expect(all.total).toBe(6);
    expect(all.facets.levels).toEqual([
      { value: 'full_online', count: 4 },
      { value: 'partial_online', count: 2 },
    ]);
    expect(all.facets.units).toEqual([
      { value: '000.00.30.H41', count: 2 },
      { value: '000.01.01.H41', count: 4 },
    ]);
    expect(all.facets.sectors.find((f) => f.value === 'ho-tich')).toEqual({ value: 'ho-tich', count: 2 });
    expect(all.facets.sectors.reduce((n, f) => n + f.count, 0)).toBe(6);

    // A chosen sector narrows the units and levels, not the other sectors.
    const civil = await list({ sector: 'ho-tich' });
    expect(civil.facets.sectors).toEqual(all.facets.sectors);
    expect(civil.facets.levels).toEqual([
      { value: 'full_online', count: 1 },
      { value: 'partial_online', count: 1 },
    ]);
    expect((await list({ q: 'ket hon' })).facets).toEqual({
      sectors: [{ value: 'ho-tich', count: 1 }],
      units: [{ value: '000.00.30.H41', count: 1 }],
      levels: [{ value: 'partial_online', count: 1 }],
      submitted: 0,
    });
  });

  it('pages, the counts staying those of the whole list', async () => {
    const page = await list({ limit: 4, offset: 4 });
    expect(page).toMatchObject({ total: 6, limit: 4, offset: 4 });
    expect(page.items).toHaveLength(2);
    expect(page.facets).toEqual((await list({})).facets);
  });

  it('refuses a new procedure from scratch whose code is taken, storing nothing', async () => {
    const before = await rowCounts(s.store());
    const refused = await refusal(
      createDraft(s.store(), await w.ctx('thietke', now), {
        from: 'scratch',
        code: '1.001193',
        name: { vi: 'Trùng mã', en: 'Same code' },
        sector: 'ho-tich',
        unit: '000.01.01.H41',
      }),
    );
    expect(refused).toMatchObject({ code: 'PROCEDURE_EXISTS', httpStatus: 409, path: '/code' });
    expect(refused.localized.vi).toContain('1.001193');
    expect(await rowCounts(s.store())).toEqual(before);
  });

  it('keeps the procedures waiting for approval, counted among what the other filters let through', async () => {
    expect((await list({})).facets.submitted).toBe(0);
    expect(await codes({ status: 'submitted' })).toEqual([]);
    const live = (await s.store().getProcedure('1.001193'))!.liveVersionId!;
    const designer = await w.ctx('thietke', now);
    const draft = await createDraft(s.store(), designer, { from: 'version', versionId: live });
    await submitForApproval(s.store(), designer, { versionId: draft.id });

    expect(await codes({ status: 'submitted' })).toEqual(['1.001193']);
    expect(await codes({ status: 'draft' })).toEqual(['T.0001']);
    const waiting = await list({ status: 'submitted' });
    expect(waiting).toMatchObject({
      total: 1,
      facets: { submitted: 1, levels: [{ value: 'full_online', count: 1 }] },
    });
    expect((await list({})).facets.submitted).toBe(1);
    expect((await list({ sector: 'ho-tich' })).facets.submitted).toBe(1);
    expect((await list({ level: 'partial_online' })).facets.submitted).toBe(0);
  });
});
