import { beforeAll, describe, expect, it } from 'vitest';
import {
  approveVersion,
  createDraft,
  diffVersions,
  exportBundle,
  getLiveProcedure,
  getVersion,
  listVersions,
  publishVersion,
  rejectVersion,
  retireVersion,
  saveDraft,
  searchCatalogue,
  submitDossier,
  submitForApproval,
  act,
  type Actor,
} from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, example } from '../support/examples.ts';
import { extraUser, submitOnline, t, world, type World } from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

const birth = example('birth-registration');

await withStores('procedure lifecycle', (s) => {
  let w: World;
  const now = t('2026-11-20T09:00');
  /** Someone who is both designer and approver: may author, may not approve their own work. */
  let both: Actor;
  beforeAll(async () => {
    w = await world(s.store());
    both = await extraUser(s.store(), 'both', [
      { unitCode: '000.00.01.H41', role: 'designer' },
      { unitCode: '000.00.00.H41', role: 'approver' },
    ]);
  });
  const as = (login: Parameters<World['ctx']>[0]) => w.ctx(login, now);
  const asBoth = async () => ({ ...(await w.ctx(undefined, now)), actor: both });

  it('takes a draft through lint, submission, approval and publication', async () => {
    const store = s.store();
    const draft = await createDraft(store, await as('thietke'), {
      from: 'scratch',
      code: 'T.0001',
      name: { vi: 'Thủ tục thử nghiệm', en: 'Test procedure' },
      sector: 'thu-nghiem',
      unit: '000.01.01.H41',
    });
    expect(draft).toMatchObject({ procedureCode: 'T.0001', version: 1, status: 'draft', live: false });

    // A draft may be invalid: saved with its problems…
    const broken = { ...birth, code: 'T.0001', process: { nodes: [], edges: [] } };
    const saved = await saveDraft(store, await as('thietke'), { versionId: draft.id, definition: broken });
    expect(saved.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(saved.version.status).toBe('draft');
    // …but not submitted.
    const before = await rowCounts(store);
    const refused = await refusal(submitForApproval(store, await as('thietke'), { versionId: draft.id }));
    expect(refused).toMatchObject({ code: 'DRAFT_HAS_ERRORS', httpStatus: 422 });
    expect(await rowCounts(store)).toEqual(before);

    await saveDraft(store, await as('thietke'), {
      versionId: draft.id,
      definition: { ...birth, code: 'T.0001' },
    });
    const submitted = await submitForApproval(store, await as('thietke'), { versionId: draft.id });
    expect(submitted.status).toBe('submitted');
    // Submitted versions are no longer edited.
    const t1 = { ...birth, code: 'T.0001' };
    expect(
      await refusal(saveDraft(store, await as('thietke'), { versionId: draft.id, definition: t1 })),
    ).toMatchObject({
      code: 'VERSION_STATE_CONFLICT',
      httpStatus: 409,
    });

    // Only approvers approve; publication needs approval first.
    expect(await refusal(approveVersion(store, await as('thietke'), { versionId: draft.id }))).toMatchObject({
      code: 'FORBIDDEN',
      httpStatus: 403,
    });
    expect(await refusal(publishVersion(store, await as('thietke'), { versionId: draft.id }))).toMatchObject({
      code: 'VERSION_STATE_CONFLICT',
    });
    const approved = await approveVersion(store, await as('pheduyet'), {
      versionId: draft.id,
      comment: 'Đồng ý.',
    });
    expect(approved).toMatchObject({ status: 'approved', reviewerId: w.actors.pheduyet.userId });
    expect(approved.comments).toEqual([
      { at: '2026-11-20T09:00:00+07:00', by: w.actors.pheduyet.userId, text: 'Đồng ý.', verdict: 'approved' },
    ]);

    const published = await publishVersion(store, await as('thietke'), { versionId: draft.id });
    expect(published).toMatchObject({ status: 'published', live: true });
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const live = await getLiveProcedure(store, await as(undefined), { code: 'T.0001' });
    expect(live.versionId).toBe(draft.id);
    // Published versions are immutable.
    expect(
      await refusal(saveDraft(store, await as('thietke'), { versionId: draft.id, definition: t1 })),
    ).toMatchObject({
      code: 'VERSION_STATE_CONFLICT',
    });
  });

  it('keeps the approver from approving their own work, and keeps reviewers’ comments', async () => {
    const store = s.store();
    const draft = await createDraft(store, await asBoth(), {
      from: 'bundle',
      bundle: { format: 'motcua.procedure-bundle', version: 1, definition: { ...birth, code: 'T.0002' } },
    });
    await submitForApproval(store, await asBoth(), { versionId: draft.id });
    expect(await refusal(approveVersion(store, await asBoth(), { versionId: draft.id }))).toMatchObject({
      code: 'APPROVER_IS_AUTHOR',
      httpStatus: 403,
    });
    expect(
      await refusal(rejectVersion(store, await as('pheduyet'), { versionId: draft.id, comment: '' })),
    ).toMatchObject({
      code: 'INPUT_INVALID',
      httpStatus: 400,
    });
    const rejected = await rejectVersion(store, await as('pheduyet'), {
      versionId: draft.id,
      comment: 'Thiếu căn cứ pháp lý.',
    });
    expect(rejected.status).toBe('rejected');
    // Edited after the rejection: a draft again, the comment kept; resubmitted and approved.
    const again = await saveDraft(store, await asBoth(), {
      versionId: draft.id,
      definition: { ...birth, code: 'T.0002' },
    });
    expect(again.version.status).toBe('draft');
    expect(again.version.comments.map((c) => c.text)).toEqual(['Thiếu căn cứ pháp lý.']);
    await submitForApproval(store, await asBoth(), { versionId: draft.id });
    const ok = await approveVersion(store, await as('pheduyet'), {
      versionId: draft.id,
      comment: 'Đã bổ sung.',
    });
    expect(ok.comments.map((c) => c.verdict)).toEqual(['rejected', 'approved']);
  });

  it('puts a new version live at once while running dossiers stay on theirs, and retires', async () => {
    const store = s.store();
    const citizen = await w.ctx('congdan', t('2026-11-23T08:00'));
    const onV1 = await submitOnline(store, citizen, BIRTH);
    const v1 = onV1.versionId;

    const copy = await createDraft(store, await as('thietke'), { from: 'version', versionId: v1 });
    expect(copy).toMatchObject({ procedureCode: '1.001193', basedOn: v1, status: 'draft' });
    const changed = structuredClone(birth);
    changed.processingTime = { value: 1, unit: 'working_days' };
    changed.fees = changed.fees.slice(1);
    changed.process.nodes = changed.process.nodes.map((n) =>
      n.id === 'appraisal' ? { ...n, label: { vi: 'Thẩm định hồ sơ', en: 'Appraise' } } : n,
    );
    (changed.form.schema.properties as Record<string, unknown>).note = { type: 'string', title: 'Ghi chú' };
    await saveDraft(store, await as('thietke'), { versionId: copy.id, definition: changed });

    const diff = await diffVersions(store, await as('pheduyet'), { from: v1, to: copy.id });
    expect(diff.identical).toBe(false);
    expect(diff.processingTime).toEqual({
      from: birth.processingTime,
      to: { value: 1, unit: 'working_days' },
    });
    expect(diff.fees.removed.map((f) => (f as { id: string }).id)).toEqual([birth.fees[0].id]);
    expect(diff.nodes.changed.map((c) => c.id)).toEqual(['appraisal']);
    expect(diff.fields.added).toEqual([{ path: '/note', type: 'string', title: 'Ghi chú' }]);
    expect(diff.edges).toEqual({ added: [], removed: [], changed: [] });

    await submitForApproval(store, await as('thietke'), { versionId: copy.id });
    await approveVersion(store, await as('pheduyet'), { versionId: copy.id });
    await publishVersion(store, await as('pheduyet'), { versionId: copy.id });
    const versions = await listVersions(store, await as('thietke'), { code: '1.001193' });
    expect(versions.map((v) => [v.version, v.status, v.live])).toEqual([
      [1, 'published', false],
      [2, 'published', true],
    ]);

    // New dossiers go to version 2; the running one acts on version 1 still.
    const onV2 = await submitOnline(store, citizen, BIRTH);
    expect(onV2.versionId).toBe(copy.id);
    const accepted = await act(store, await w.ctx('motcua', t('2026-11-23T08:10')), {
      code: onV1.code,
      action: 'accept',
      revision: 1,
    });
    expect(accepted.versionId).toBe(v1);

    await retireVersion(store, await as('thietke'), { versionId: copy.id });
    expect(await refusal(submitDossier(store, citizen, BIRTH))).toMatchObject({
      code: 'PROCEDURE_NOT_LIVE',
      httpStatus: 404,
    });
    const back = await createDraft(store, await as('thietke'), { from: 'version', versionId: v1 });
    await submitForApproval(store, await as('thietke'), { versionId: back.id });
    await approveVersion(store, await as('pheduyet'), { versionId: back.id });
    await publishVersion(store, await as('thietke'), { versionId: back.id });
    expect((await submitOnline(store, citizen, BIRTH)).versionId).toBe(back.id);
  });

  it('exports a version as a bundle that imports as a new draft', async () => {
    const store = s.store();
    const live = await getLiveProcedure(store, await as(undefined), { code: '2.001417' });
    const bundle = await exportBundle(store, await as(undefined), { versionId: live.versionId });
    expect(bundle).toMatchObject({
      format: 'motcua.procedure-bundle',
      version: 1,
      definition: { code: '2.001417' },
    });
    const imported = await createDraft(store, await as('thietke'), {
      from: 'bundle',
      bundle: JSON.stringify(bundle),
    });
    expect(imported).toMatchObject({ procedureCode: '2.001417', version: 2, status: 'draft', problems: [] });
    const read = await getVersion(store, await as('thietke'), { versionId: imported.id });
    expect(read.definition).toEqual(bundle.definition);
    // Drafts are not public.
    expect(
      (await refusal(getVersion(store, await as('congdan'), { versionId: imported.id }))).httpStatus,
    ).toBe(403);
  });

  it('numbers drafts created at the same moment one after another', async () => {
    const store = s.store();
    const live = await getLiveProcedure(store, await as(undefined), { code: '2.000720' });
    const others = [store, await s.db().open(), await s.db().open()];
    const drafts = await Promise.all(
      others.map(async (st) =>
        createDraft(st, await as('thietke'), { from: 'version', versionId: live.versionId }),
      ),
    );
    expect(drafts.map((d) => d.version).sort()).toEqual([2, 3, 4]);
  });

  it('refuses malformed bundles with specific errors and stores nothing', async () => {
    const store = s.store();
    const before = await rowCounts(store);
    const ctx = await as('thietke');
    const cases: [unknown, string, string][] = [
      ['{not json', 'BUNDLE_INVALID', ''],
      [[1, 2], 'BUNDLE_INVALID', ''],
      [{ format: 'other', version: 1, definition: birth }, 'BUNDLE_INVALID', '/format'],
      [
        { format: 'motcua.procedure-bundle', version: 2, definition: birth },
        'BUNDLE_VERSION_UNSUPPORTED',
        '/version',
      ],
      [{ format: 'motcua.procedure-bundle', version: 1 }, 'BUNDLE_INVALID', '/definition'],
      [
        { format: 'motcua.procedure-bundle', version: 1, definition: { ...birth, code: '' } },
        'BUNDLE_INVALID',
        '/definition/code',
      ],
    ];
    for (const [bundle, code, path] of cases) {
      const e = await refusal(createDraft(store, ctx, { from: 'bundle', bundle }));
      expect({ code: e.code, status: e.httpStatus, path: e.path ?? '' }).toEqual({ code, status: 422, path });
      expect(e.localized.vi).toMatch(/Gói thủ tục|Phiên bản gói/);
    }
    expect(
      await refusal(createDraft(store, await as('congdan'), { from: 'bundle', bundle: {} })),
    ).toMatchObject({ httpStatus: 403 });
    expect(
      await refusal(createDraft(store, await as(undefined), { from: 'bundle', bundle: {} })),
    ).toMatchObject({ httpStatus: 401 });
    expect(await refusal(createDraft(store, ctx, { from: 'version', versionId: 'nope' }))).toMatchObject({
      code: 'VERSION_NOT_FOUND',
      httpStatus: 404,
    });
    expect(await rowCounts(store)).toEqual(before);
  });

  describe('catalogue', () => {
    it('searches without diacritics or case, and filters by sector, unit and level', async () => {
      const store = s.store();
      const ctx = await as(undefined);
      const codes = async (q: Parameters<typeof searchCatalogue>[2]) =>
        (await searchCatalogue(store, ctx, q)).items.map((i) => i.code).sort();
      expect(await codes({ q: 'dang ky khai sinh' })).toEqual(
        ['1.001193', 'LT-KS-TT-BHYT', 'T.0001', 'T.0002'].filter((c) => c !== 'T.0002'),
      );
      expect(await codes({ q: 'ĐĂNG KÝ   Khai SINH' })).toEqual(await codes({ q: 'dang ky khai sinh' }));
      expect(await codes({ q: 'LÝ LỊCH tư pháp' })).toEqual(['2.001417']);
      expect(await codes({ q: 'phieu ly lich', unit: '000.00.30.H41' })).toEqual(['2.001417']);
      expect(await codes({ sector: 'xay-dung' })).toEqual(['1.009994']);
      expect(await codes({ level: 'partial_online' })).toEqual(['1.009994']);
      expect(await codes({ q: '100%_' })).toEqual([]);
      const page = await searchCatalogue(store, ctx, { limit: 2, offset: 0 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(6);
    });
  });
});
