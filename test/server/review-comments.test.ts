/**
 * Review comments on both databases: an approver comments on the elements of a version in review (even on a step
 * the version removes), its author replies on those elements until it is approved; anyone else is refused, and
 * every comment is audited.
 */
import { beforeAll, expect, it } from 'vitest';
import {
  addReviewComment,
  approveVersion,
  createDraft,
  listReviewComments,
  saveDraft,
  submitForApproval,
  verifyAudit,
  type ServiceContext,
} from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { example } from '../support/examples.ts';
import { extraUser, t, world, type World } from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

const birth = example('birth-registration');

await withStores('review comments', (s) => {
  let w: World;
  let versionId: string;
  const now = t('2026-11-20T09:00');
  const as = (login: Parameters<World['ctx']>[0], at = now) => w.ctx(login, at);
  const comment = (ctx: ServiceContext, kind: string, key: string, body: string) =>
    addReviewComment(s.store(), ctx, { versionId, target: { kind, key } as never, body });

  beforeAll(async () => {
    w = await world(s.store());
    const live = (await s.store().getProcedure(birth.code))!.liveVersionId!;
    const draft = await createDraft(s.store(), await as('thietke'), { from: 'version', versionId: live });
    versionId = draft.id;
    // The draft renames a step.
    const definition = structuredClone(birth);
    definition.process.nodes = definition.process.nodes.map((n) =>
      n.id === 'reception' ? { ...n, label: { vi: 'Tiếp nhận (sửa)', en: 'Receive' } } : n,
    );
    await saveDraft(s.store(), await as('thietke'), { versionId, definition });
  });

  it('lets approvers comment only while the version is in review', async () => {
    expect(await refusal(comment(await as('pheduyet'), 'node', 'reception', 'Sớm quá'))).toMatchObject({
      code: 'REVIEW_CLOSED',
      httpStatus: 409,
      path: '/id',
    });
    await submitForApproval(s.store(), await as('thietke'), { versionId });
    const made = await comment(await as('pheduyet'), 'node', 'reception', '  Tên bước chưa đúng mẫu.  ');
    expect(made).toMatchObject({
      versionId,
      target: { kind: 'node', key: 'reception' },
      body: 'Tên bước chưa đúng mẫu.',
      author: { id: w.actors.pheduyet.userId },
      byVersionAuthor: false,
      createdAt: '2026-11-20T09:00:00+07:00',
    });
    expect(made.author.name).not.toBe('');
  });

  it('refuses empty and overlong bodies, unknown elements, and those outside the designer and approver roles', async () => {
    const other = await extraUser(s.store(), 'thietke2', [{ unitCode: '000.01.01.H41', role: 'designer' }]);
    const before = { ...(await rowCounts(s.store())), comments: await s.store().count('reviewComments') };
    const approver = await as('pheduyet');
    expect(await refusal(comment(approver, 'node', 'reception', '   '))).toMatchObject({
      code: 'INPUT_INVALID',
      path: '/body',
    });
    expect(await refusal(comment(approver, 'node', 'reception', 'x'.repeat(2001)))).toMatchObject({
      code: 'INPUT_INVALID',
      path: '/body',
    });
    const unknown = await refusal(comment(approver, 'node', 'no-such-step', 'Bước nào?'));
    expect(unknown).toMatchObject({ code: 'REVIEW_TARGET_UNKNOWN', httpStatus: 422, path: '/target/key' });
    expect(unknown.localized.vi).toContain('no-such-step');
    expect(await refusal(comment(approver, 'flow' as never, 'x', 'Loại lạ'))).toMatchObject({
      code: 'INPUT_INVALID',
      path: '/target/kind',
    });
    for (const login of ['congdan', 'thanhtra', 'motcua'] as const) {
      expect(await refusal(comment(await as(login), 'general', '', 'Tôi góp ý'))).toMatchObject({
        code: 'FORBIDDEN',
        httpStatus: 403,
      });
      expect(await refusal(listReviewComments(s.store(), await as(login), { versionId }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    // A designer who is not the author reads the comments but does not write any.
    const otherCtx = { ...(await as(undefined)), actor: other };
    expect(await refusal(comment(otherCtx, 'general', '', 'Tôi cũng góp ý'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await listReviewComments(s.store(), otherCtx, { versionId })).toHaveLength(1);
    expect({ ...(await rowCounts(s.store())), comments: await s.store().count('reviewComments') }).toEqual(
      before,
    );
  });

  it('takes comments on the whole version, the processing time and form fields', async () => {
    await comment(await as('pheduyet', now + 60_000), 'general', '', 'Nhìn chung ổn.');
    await comment(await as('pheduyet', now + 61_000), 'processingTime', '', 'Thời hạn đúng quy định.');
    const field = '/' + Object.keys(birth.form.schema.properties ?? {})[0];
    await comment(await as('pheduyet', now + 62_000), 'field', field, 'Trường này cần ví dụ.');
    const targets = (await listReviewComments(s.store(), await as('thietke'), { versionId })).map(
      (c) => `${c.target.kind}:${c.target.key}`,
    );
    expect(targets).toEqual(['node:reception', 'general:', 'processingTime:', `field:${field}`]);
  });

  it('lets the author reply on commented elements only, until the version is approved', async () => {
    const author = await as('thietke', now + 120_000);
    expect(await refusal(comment(author, 'edge', birth.process.edges[0].id, 'Tự góp ý'))).toMatchObject({
      code: 'REVIEW_NOTHING_TO_REPLY',
      httpStatus: 409,
    });
    const reply = await comment(author, 'node', 'reception', 'Đã sửa theo mẫu 01.');
    expect(reply).toMatchObject({ byVersionAuthor: true, target: { kind: 'node', key: 'reception' } });
    const thread = (await listReviewComments(s.store(), await as('pheduyet'), { versionId }))
      .filter((c) => c.target.key === 'reception')
      .map((c) => [c.body, c.byVersionAuthor]);
    expect(thread).toEqual([
      ['Tên bước chưa đúng mẫu.', false],
      ['Đã sửa theo mẫu 01.', true],
    ]);

    await approveVersion(s.store(), await as('pheduyet'), { versionId });
    expect(await refusal(comment(author, 'node', 'reception', 'Thêm một ý'))).toMatchObject({
      code: 'REVIEW_CLOSED',
    });
    expect(await refusal(comment(await as('pheduyet'), 'general', '', 'Muộn rồi'))).toMatchObject({
      code: 'REVIEW_CLOSED',
    });
  });

  it('audits every comment in the chain', async () => {
    const entries = await s
      .store()
      .run((tx) => tx.select('auditLog', { action: 'procedure.review.comment' }), 'read');
    expect(entries.map((e) => e.target)).toEqual(Array(5).fill(versionId));
    expect((await verifyAudit(s.store())).ok).toBe(true);
  });

  it('accepts a comment on a step only the published version has', async () => {
    const at = now + 600_000;
    const live = (await s.store().getProcedure(birth.code))!.liveVersionId!;
    const { id } = await createDraft(s.store(), await as('thietke', at), {
      from: 'version',
      versionId: live,
    });
    const definition = structuredClone(birth);
    const gone = definition.process.nodes.find((n) => n.type !== 'start' && n.type !== 'end')!.id;
    definition.process.nodes = definition.process.nodes.filter((n) => n.id !== gone);
    definition.process.edges = definition.process.edges.filter((e) => e.source !== gone && e.target !== gone);
    await saveDraft(s.store(), await as('thietke', at), { versionId: id, definition });
    // The gap makes lint refuse a submission: put it in review through the store, as a submission would.
    await s.store().updateVersion({
      id,
      expectStatus: ['draft'],
      set: { status: 'submitted', submittedAt: at, updatedAt: at },
      audit: { at, actorId: null, action: 'test.submit', target: id },
    });
    const made = await addReviewComment(s.store(), await as('pheduyet', at), {
      versionId: id,
      target: { kind: 'node', key: gone },
      body: 'Vì sao bỏ bước này?',
    });
    expect(made.target).toEqual({ kind: 'node', key: gone });
    expect(await listReviewComments(s.store(), await as('thietke', at), { versionId: id })).toHaveLength(1);
  });
});
