/** Assigning an open task (REST and tRPC), and the worklist's `assignee=me` that it feeds, on both dialects. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer } from '../../server/http/server.ts';
import { withStores } from '../support/db.ts';
import { FAST_HASH, T0, TestClock, demoPassword, errorOf, seedDemoFast, signIn } from '../support/http.ts';

const birth = JSON.parse(
  readFileSync(new URL('../../examples/scenarios/birth-registration.scenario.json', import.meta.url), 'utf8'),
) as { submit: { at: string; data: Record<string, unknown> } };

interface WorkItem {
  code: string;
  task: { id: string; role: string; assigneeId: string | null };
}

await withStores('task assignment', (suite) => {
  let app: FastifyInstance;
  const clock = new TestClock(T0);
  const cookies: Record<string, string> = {};
  /** A birth registration, accepted and paid, and its open specialist task. */
  let code: string;
  let taskId: string;

  const call = (login: string | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: login ? { cookie: cookies[login] } : {},
      ...(payload ? { payload } : {}),
    });
  const assign = (login: string | undefined, task: string, assigneeId: string | null) =>
    call(login, 'POST', `/api/v1/dossiers/${code}/tasks/${task}/assignee`, { assigneeId });
  const worklist = async (login: string, query: string) => {
    const res = await call(login, 'GET', `/api/v1/worklist?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: WorkItem[] }).items.filter((i) => i.code === code);
  };

  beforeAll(async () => {
    await seedDemoFast(suite.store(), T0 - 86_400_000);
    app = await createServer({
      store: suite.store(),
      dataDir: suite.db().dataDir,
      clock: clock.read,
      passwordCost: FAST_HASH,
    });
    await app.ready();
    clock.now = Date.parse(birth.submit.at);
    for (const login of ['congdan', 'motcua', 'chuyenvien', 'lanhdao'])
      cookies[login] = await signIn(app, login, demoPassword(login));

    const submitted = await call('congdan', 'POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      data: birth.submit.data,
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    code = submitted.json().code;
    const accepted = await call('motcua', 'POST', `/api/v1/dossiers/${code}/actions`, {
      action: 'accept',
      revision: submitted.json().revision,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // The fee paid, the specialist's appraisal opens.
    const paid = await call('congdan', 'POST', `/api/v1/dossiers/${code}/actions`, {
      action: 'pay',
      revision: accepted.json().revision,
      input: { amount: 16000, method: 'online', reference: 'VNPAY-261123-0001' },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const [task] = await worklist('chuyenvien', 'role=specialist');
    expect(task?.task).toMatchObject({ role: 'specialist', assigneeId: null });
    taskId = task.task.id;
  });
  afterAll(() => app?.close());

  const userId = async (login: string) =>
    ((await call(login, 'GET', '/api/v1/session')).json() as { user: { id: string } }).user.id;

  it('a leader assigns the open task to a specialist, whose worklist with assignee=me then lists it', async () => {
    const specialist = await userId('chuyenvien');
    expect(await worklist('chuyenvien', 'assignee=me')).toEqual([]);

    const res = await assign('lanhdao', taskId, specialist);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ code, taskId, assigneeId: specialist });

    const mine = await worklist('chuyenvien', 'assignee=me');
    expect(mine.map((i) => [i.task.id, i.task.assigneeId])).toEqual([[taskId, specialist]]);

    // Back to the unit's pool.
    expect((await assign('lanhdao', taskId, null)).json().assigneeId).toBeNull();
    expect(await worklist('chuyenvien', 'assignee=me')).toEqual([]);
  });

  it('is the same through tRPC (dossiers.assign)', async () => {
    const specialist = await userId('chuyenvien');
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/dossiers.assign',
      headers: { cookie: cookies.lanhdao },
      payload: { code, taskId, assigneeId: specialist },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().result.data).toEqual({ code, taskId, assigneeId: specialist });
    expect((await worklist('chuyenvien', 'assignee=me')).map((i) => i.task.id)).toEqual([taskId]);

    const refused = await app.inject({
      method: 'POST',
      url: '/trpc/dossiers.assign',
      headers: { cookie: cookies.motcua },
      payload: { code, taskId, assigneeId: specialist },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.data.error.code).toBe('FORBIDDEN');
  });

  it('refuses roles that may not assign with 403, and needs a signed-in caller', async () => {
    const specialist = await userId('chuyenvien');
    for (const login of ['motcua', 'congdan']) {
      const res = await assign(login, taskId, specialist);
      expect(res.statusCode, login).toBe(403);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
    expect((await assign(undefined, taskId, specialist)).statusCode).toBe(401);
  });

  it('answers 404 TASK_NOT_FOUND for a task that is not open, 400 for a malformed body', async () => {
    const res = await assign('lanhdao', 'no-such-task', null);
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('TASK_NOT_FOUND');
    const bad = await call('lanhdao', 'POST', `/api/v1/dossiers/${code}/tasks/${taskId}/assignee`, {});
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('VALIDATION_FAILED');
  });
});
