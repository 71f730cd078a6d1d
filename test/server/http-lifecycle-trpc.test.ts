/**
 * The procedure lifecycle, the calendar and a dossier's history through tRPC: the same services, rules and error
 * bodies as REST.
 */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AppRouter } from '../../server/http/trpc/router.ts';
import { cookieJar, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { example, JUDICIAL, scenario } from '../support/examples.ts';
import { trpcClient } from '../support/trpc.ts';
import { withFiles } from '../support/uploads.ts';

let server: TestServer;
const cookie = cookieJar(() => server.app);
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  for (const login of ['thietke', 'pheduyet', 'quantri', 'congdan', 'motcua']) await cookie(login);
});
afterAll(() => server.close());

// `as` is a demo login, signed in above.
const { query, mutate } = trpcClient(() => server.app, cookie);

describe('tRPC: designer, calendar, dossier history', () => {
  it('exports the types the web client uses', () => {
    expectTypeOf<inferRouterInputs<AppRouter>['designer']['approve']>().toHaveProperty('id');
    expectTypeOf<inferRouterOutputs<AppRouter>['designer']['saveDraft']>().toHaveProperty('problems');
    expectTypeOf<inferRouterOutputs<AppRouter>['dossiers']['controlSlip']>().toHaveProperty('rows');
  });

  it('runs the lifecycle with the same rules as REST', async () => {
    const live = await query('procedures.live', { code: '1.001193' });
    const v1 = live.data.versionId as string;
    const draft = await mutate('designer.createDraft', { fromVersion: v1 }, 'thietke');
    expect(draft.status).toBe(200);
    const id = draft.data.id as string;

    const edited = example('birth-registration') as ReturnType<typeof example> & {
      processingTime: unknown;
      process: { edges: unknown[] };
    };
    edited.processingTime = { value: 1, unit: 'working_days' };
    const broken = structuredClone(edited);
    broken.process.edges.push({ id: 'x', source: 'sign', target: 'nowhere' });
    const saved = await mutate('designer.saveDraft', { id, definition: broken }, 'thietke');
    expect((saved.data.problems as { code: string }[]).map((p) => p.code)).toContain('EDGE_DANGLING');
    const refused = await mutate('designer.submit', { id }, 'thietke');
    expect(refused.status).toBe(422);
    expect(refused.error?.code).toBe('DRAFT_HAS_ERRORS');

    await mutate('designer.saveDraft', { id, definition: edited }, 'thietke');
    expect((await mutate('designer.submit', { id }, 'thietke')).data.status).toBe('submitted');
    const byAuthor = await mutate('designer.approve', { id }, 'thietke');
    expect(byAuthor.status).toBe(403);
    const noReason = await mutate('designer.reject', { id }, 'pheduyet');
    expect(noReason.status).toBe(400);
    expect(noReason.error).toMatchObject({ code: 'VALIDATION_FAILED', path: '/input/comment' });
    expect((await mutate('designer.approve', { id, comment: 'OK' }, 'pheduyet')).data.status).toBe(
      'approved',
    );
    expect((await mutate('designer.publish', { id }, 'thietke')).data.live).toBe(true);
    expect((await query('procedures.live', { code: '1.001193' })).data.versionId).toBe(id);

    const versions = await query('designer.versions', { code: '1.001193' }, 'pheduyet');
    expect((versions.data.items as { version: number }[]).map((v) => v.version)).toEqual([1, 2]);
    const diff = await query('designer.diff', { id: v1, otherId: id }, 'pheduyet');
    expect(diff.data.processingTime).toEqual({
      from: { value: 0, unit: 'working_days' },
      to: { value: 1, unit: 'working_days' },
    });
    const exported = await query('designer.export', { id }, 'thietke');
    expect(exported.data.filename).toBe('1.001193-v2.motcua.json');
    const imported = await mutate('designer.createDraft', { bundle: exported.data.bundle }, 'thietke');
    expect(imported.data).toMatchObject({ version: 3, status: 'draft' });
    const bad = await mutate('designer.createDraft', { bundle: { format: 'zip' } }, 'thietke');
    expect(bad.status).toBe(422);
    expect(bad.error).toMatchObject({ code: 'BUNDLE_INVALID', path: '/format' });

    expect((await mutate('designer.retire', { code: '1.001193' }, 'thietke')).data.status).toBe('retired');
    expect((await mutate('designer.retire', { code: '1.001193' }, 'thietke')).status).toBe(409);
    expect((await mutate('designer.createDraft', { fromVersion: v1 }, 'congdan')).status).toBe(403);
  });

  it('reads and replaces the calendar', async () => {
    expect((await query('calendar.get', undefined)).status).toBe(401);
    expect((await query('calendar.get', undefined, 'motcua')).data.spec).toMatchObject({ cutoff: '15:00' });
    const invalid = await mutate('calendar.update', { spec: { cutoff: '15h' } }, 'quantri');
    expect(invalid.status).toBe(422);
    expect(invalid.error).toMatchObject({ code: 'CALENDAR_INVALID', path: '/cutoff' });
    expect((await mutate('calendar.update', { spec: { cutoff: '16:00' } }, 'thietke')).status).toBe(403);
    const saved = await mutate('calendar.update', { spec: { cutoff: '16:00' } }, 'quantri');
    expect(saved.data.spec).toEqual({ cutoff: '16:00' });
  });

  it('serves the history and the control slip to the applicant and handling officers only', async () => {
    server.clock.now = Date.parse(scenario('judicial-record').submit.at);
    const body = await withFiles(server.app, await cookie('congdan'), JUDICIAL);
    const submitted = await mutate('dossiers.submit', body, 'congdan');
    expect(submitted.status).toBe(200);
    const code = submitted.data.code as string;
    const accepted = await mutate('dossiers.act', { code, action: 'accept', revision: 1 }, 'motcua');
    expect(accepted.status).toBe(200);

    const history = await query('dossiers.history', { code }, 'congdan');
    expect((history.data.items as { event: string }[]).map((i) => i.event)).toEqual(['submit', 'accept']);
    const slip = await query('dossiers.controlSlip', { code }, 'motcua');
    expect(slip.data).toMatchObject({ form: '06', code, rows: [{ step: 'reception' }] });
    expect((await query('dossiers.history', { code }, 'thietke')).status).toBe(403);
    expect((await query('dossiers.controlSlip', { code })).status).toBe(401);
  });
});
