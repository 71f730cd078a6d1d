/**
 * A procedure's lifecycle through REST, by the demo designer and approver: draft from a copy → edit → lint on
 * save → submit refused while invalid → fix → submit → approval (not by the author) → publish (live at once;
 * running dossiers stay on their version) → diff → export → import → retire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUsers, errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { example, scenario } from '../support/examples.ts';
import { withFiles } from '../support/uploads.ts';
import { client, type Client } from './http-lifecycle-support.ts';

const HB = '2.000720'; // household business registration: 3 working days
const data = scenario('household-business-restart').submit.data;

let server: TestServer;
let api: Client;
beforeAll(async () => {
  server = await testServer({
    setup: async (store, clock) => {
      await seedDemoFast(store, clock.now);
      // One person who both designs and approves: they still may not approve their own work.
      await addUsers(store, clock.now, [
        {
          login: 'kiemduyet',
          password: 'pw-kiemduyet',
          roles: [
            { unitCode: '000.00.01.H41', role: 'designer' },
            { unitCode: '000.00.00.H41', role: 'approver' },
          ],
        },
      ]);
    },
  });
  api = client(server, { kiemduyet: 'pw-kiemduyet' });
});
afterAll(() => server.close());

type Version = { id: string; version: number; status: string; live: boolean; definition: Definition };
type Definition = ReturnType<typeof example> & {
  processingTime: { value: number; unit: string };
  fees: { id: string; amount: unknown }[];
  form: { schema: { properties: Record<string, unknown> } };
  process: { edges: { id: string; source: string; target: string }[] };
};

const submitDossier = async () => {
  const submission = { procedureCode: HB, data };
  const body = await withFiles(server.app, await api.cookie('congdan'), submission);
  const res = await api.call('POST', '/api/v1/dossiers', 'congdan', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { code: string; versionId: string; revision: number; fees: { total: number } };
};

const accept = async (code: string) => {
  const res = await api.call('POST', `/api/v1/dossiers/${code}/actions`, 'motcua', {
    action: 'accept',
    revision: 1,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { dueAt: string; versionId: string; revision: number };
};

describe('the lifecycle of a procedure version', () => {
  it('goes from a copy to live, keeps running dossiers on their version, exports, imports and retires', async () => {
    const live = (await api.call('GET', `/api/v1/procedures/${HB}`)).json() as { versionId: string };
    const v1 = live.versionId;
    const older = await submitDossier();
    expect(older.versionId).toBe(v1);

    // A draft from a copy of the live version.
    const draft = (await api.expectOk(
      await api.call('POST', '/api/v1/procedures/drafts', 'thietke', { fromVersion: v1 }),
      201,
    )) as unknown as Version & { basedOn: string };
    expect(draft).toMatchObject({ procedureCode: HB, version: 2, status: 'draft', live: false, basedOn: v1 });
    const copy = (await api.expectOk(
      await api.call('GET', `/api/v1/procedure-versions/${draft.id}`, 'thietke'),
    )) as unknown as Version;
    expect(copy.definition).toEqual(example('household-business'));

    // Edit: 5 working days, a fee, a new field, and a mistake (an edge to nowhere). Saving keeps it anyway.
    const edited = structuredClone(copy.definition) as Definition;
    edited.processingTime = { value: 5, unit: 'working_days' };
    edited.fees[0].amount = 100_000;
    edited.form.schema.properties.note = { type: 'string', title: 'Ghi chú', maxLength: 500 };
    const broken = structuredClone(edited);
    broken.process.edges.push({ id: 'e-bad', source: 'approve', target: 'nowhere' });
    const saved = await api.expectOk(
      await api.call('PUT', `/api/v1/procedure-versions/${draft.id}`, 'thietke', { definition: broken }),
    );
    const problem = { severity: 'error', code: 'EDGE_DANGLING', path: '/process/edges/9/target' };
    expect(saved.problems).toEqual(expect.arrayContaining([expect.objectContaining(problem)]));
    expect(saved.version).toMatchObject({ status: 'draft', problems: saved.problems });

    // Submitting is refused while lint finds errors, naming them.
    const refused = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/submit`, 'thietke');
    expect(refused.statusCode).toBe(422);
    const why = errorOf(refused);
    expect(why).toMatchObject({ code: 'DRAFT_HAS_ERRORS', path: problem.path });
    expect(why.details).toEqual(saved.problems);
    expect(why.message.vi).toMatch(/nowhere/);

    // Fixed, it goes for approval and can no longer be edited meanwhile.
    const fixed = await api.expectOk(
      await api.call('PUT', `/api/v1/procedure-versions/${draft.id}`, 'thietke', { definition: edited }),
    );
    expect(fixed.problems).toEqual([]);
    const submitted = await api.expectOk(
      await api.call('POST', `/api/v1/procedure-versions/${draft.id}/submit`, 'thietke'),
    );
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: '2026-11-23T09:00:00+07:00' });
    const locked = await api.call('PUT', `/api/v1/procedure-versions/${draft.id}`, 'thietke', {
      definition: edited,
    });
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).code).toBe('VERSION_STATE_CONFLICT');

    // The author is no approver; the approver approves, with a comment that is kept.
    const byAuthor = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/approve`, 'thietke', {});
    expect(byAuthor.statusCode).toBe(403);
    expect(errorOf(byAuthor).code).toBe('FORBIDDEN');
    const approved = await api.expectOk(
      await api.call('POST', `/api/v1/procedure-versions/${draft.id}/approve`, 'pheduyet', {
        comment: 'Đồng ý, thời hạn 5 ngày theo quyết định mới.',
      }),
    );
    expect(approved).toMatchObject({ status: 'approved', live: false });
    expect(approved.comments).toEqual([
      expect.objectContaining({ text: 'Đồng ý, thời hạn 5 ngày theo quyết định mới.', verdict: 'approved' }),
    ]);

    // Published by the designer (a citizen may not): live at once, no restart.
    const byCitizen = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/publish`, 'congdan');
    expect(byCitizen.statusCode).toBe(403);
    const published = await api.expectOk(
      await api.call('POST', `/api/v1/procedure-versions/${draft.id}/publish`, 'thietke'),
    );
    expect(published).toMatchObject({ status: 'published', live: true });
    const now = (await api.call('GET', `/api/v1/procedures/${HB}`)).json();
    expect(now.versionId).toBe(draft.id);
    expect(now.definition.processingTime).toEqual({ value: 5, unit: 'working_days' });

    // A new dossier pins the new version; the older one stays on its own, with its own time and fees.
    const newer = await submitDossier();
    expect(newer.versionId).toBe(draft.id);
    expect(newer.fees.total).toBe(100_000);
    expect(older.fees.total).toBe(0);
    const olderAccepted = await accept(older.code);
    const newerAccepted = await accept(newer.code);
    expect(olderAccepted.versionId).toBe(v1);
    expect(olderAccepted.dueAt).toBe('2026-11-26T09:00:00+07:00'); // 3 working days from Monday 09:00
    expect(newerAccepted.dueAt).toBe('2026-11-30T09:00:00+07:00'); // 5 working days

    // The diff lists what changed.
    const diff = await api.expectOk(
      await api.call('GET', `/api/v1/procedure-versions/${v1}/diff/${draft.id}`, 'pheduyet'),
    );
    expect(diff.processingTime).toEqual({
      from: { value: 3, unit: 'working_days' },
      to: { value: 5, unit: 'working_days' },
    });
    expect(diff.fields).toEqual({
      added: [{ path: '/note', type: 'string', title: 'Ghi chú', maxLength: 500 }],
      removed: [],
      changed: [],
    });
    expect(diff.fees).toMatchObject({
      added: [],
      removed: [],
      changed: [{ id: 'registration', from: { amount: 0 }, to: { amount: 100_000 } }],
    });
    expect(diff).toMatchObject({ nodes: { added: [], removed: [], changed: [] }, identical: false });
    const same = await api.expectOk(
      await api.call('GET', `/api/v1/procedure-versions/${draft.id}/diff/${draft.id}`, 'pheduyet'),
    );
    expect(same.identical).toBe(true);

    // Export as a download, then import the bundle as a new draft.
    const exported = await api.call('GET', `/api/v1/procedure-versions/${draft.id}/export`, 'thietke');
    await api.expectOk(exported);
    expect(exported.headers['content-disposition']).toBe('attachment; filename="2.000720-v2.motcua.json"');
    expect(exported.headers['content-type']).toMatch(/^application\/json/);
    const bundle = exported.json();
    expect(bundle).toEqual({ format: 'motcua.procedure-bundle', version: 1, definition: edited });
    const imported = await api.expectOk(
      await api.call('POST', '/api/v1/procedures/drafts', 'thietke', { bundle }),
      201,
    );
    expect(imported).toMatchObject({ procedureCode: HB, version: 3, status: 'draft', basedOn: null });
    const importedVersion = await api.expectOk(
      await api.call('GET', `/api/v1/procedure-versions/${imported.id}`, 'thietke'),
    );
    expect(importedVersion.definition).toEqual(edited);

    const versions = await api.expectOk(
      await api.call('GET', `/api/v1/procedures/${HB}/versions`, 'pheduyet'),
    );
    expect(
      (versions.items as Version[]).map(({ version, status, live }) => ({ version, status, live })),
    ).toEqual([
      { version: 1, status: 'published', live: false },
      { version: 2, status: 'published', live: true },
      { version: 3, status: 'draft', live: false },
    ]);

    // Retired: no new dossiers, running ones carry on; nothing left to retire.
    const retired = await api.expectOk(await api.call('POST', `/api/v1/procedures/${HB}/retire`, 'thietke'));
    expect(retired).toMatchObject({ id: draft.id, status: 'retired', live: false });
    const gone = await api.call('GET', `/api/v1/procedures/${HB}`);
    expect(gone.statusCode).toBe(404);
    expect(errorOf(gone).code).toBe('PROCEDURE_NOT_LIVE');
    const noNew = await api.call('POST', '/api/v1/dossiers', 'congdan', { procedureCode: HB, data });
    expect(errorOf(noNew).code).toBe('PROCEDURE_NOT_LIVE');
    const goesOn = await api.call('POST', `/api/v1/dossiers/${newer.code}/actions`, 'chuyenvien', {
      action: 'complete',
      revision: newerAccepted.revision,
    });
    expect(goesOn.statusCode, goesOn.body).toBe(200);
    const again = await api.call('POST', `/api/v1/procedures/${HB}/retire`, 'thietke');
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'PROCEDURE_NOT_LIVE', path: '/code' });

    // Retired versions stay public record; drafts do not.
    expect((await api.call('GET', `/api/v1/procedure-versions/${draft.id}`)).statusCode).toBe(200);
    // Signed out: the services answer 403 "sign in first" today; 401 would be the right status (reported).
    const hidden = await api.call('GET', `/api/v1/procedure-versions/${imported.id}`);
    expect([401, 403]).toContain(hidden.statusCode);
    expect((await api.call('GET', `/api/v1/procedure-versions/${imported.id}`, 'congdan')).statusCode).toBe(
      403,
    );
  });

  it('keeps the approver from approving their own work, and takes a rejection back for editing', async () => {
    const live = (await api.call('GET', '/api/v1/procedures/1.001193')).json() as { versionId: string };
    const draft = (
      await api.call('POST', '/api/v1/procedures/drafts', 'kiemduyet', { fromVersion: live.versionId })
    ).json() as Version;
    await api.expectOk(await api.call('POST', `/api/v1/procedure-versions/${draft.id}/submit`, 'kiemduyet'));

    const own = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/approve`, 'kiemduyet', {});
    expect(own.statusCode).toBe(403);
    expect(errorOf(own)).toMatchObject({ code: 'APPROVER_IS_AUTHOR' });
    const ownReject = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/reject`, 'kiemduyet', {
      comment: 'Tự trả lại',
    });
    expect(errorOf(ownReject).code).toBe('APPROVER_IS_AUTHOR');

    // A rejection needs its reasons.
    const bare = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/reject`, 'pheduyet', {});
    expect(bare.statusCode).toBe(400);
    expect(errorOf(bare)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/body/comment' });
    const rejected = await api.expectOk(
      await api.call('POST', `/api/v1/procedure-versions/${draft.id}/reject`, 'pheduyet', {
        comment: 'Thiếu căn cứ pháp lý mới.',
      }),
    );
    expect(rejected).toMatchObject({ status: 'rejected' });
    expect(rejected.comments).toEqual([
      expect.objectContaining({ text: 'Thiếu căn cứ pháp lý mới.', verdict: 'rejected' }),
    ]);
    // Approving a rejected version is a state conflict; editing makes it a draft again.
    const late = await api.call('POST', `/api/v1/procedure-versions/${draft.id}/approve`, 'pheduyet', {});
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('VERSION_STATE_CONFLICT');
    const resaved = await api.expectOk(
      await api.call('PUT', `/api/v1/procedure-versions/${draft.id}`, 'kiemduyet', {
        definition: example('birth-registration'),
      }),
    );
    expect(resaved.version).toMatchObject({ status: 'draft' });
    expect((resaved.version as { comments: unknown[] }).comments).toHaveLength(1);
    await api.expectOk(await api.call('POST', `/api/v1/procedure-versions/${draft.id}/submit`, 'kiemduyet'));
    const approved = await api.expectOk(
      await api.call('POST', `/api/v1/procedure-versions/${draft.id}/approve`, 'pheduyet', {}),
    );
    expect(approved).toMatchObject({ status: 'approved' });
  });
});
