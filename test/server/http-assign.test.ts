/** Assigning an open task (REST and tRPC), and the worklist's `assignee=me` that it feeds, on both dialects. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { T0, cookieJar, errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';
import { withFiles } from '../support/uploads.ts';
import { playSteps } from './http-lifecycle-support.ts';

const birth = scenario('birth-registration');

interface WorkItem {
  code: string;
  task: { id: string; role: string; assigneeId: string | null };
}

await withStores('task assignment', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  /** A birth registration, accepted and paid, and its open specialist task. */
  let code: string;
  let taskId: string;

  const call = async (login: string | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    server.app.inject({
      method,
      url,
      headers: login ? { cookie: await cookie(login) } : {},
      ...(payload ? { payload } : {}),
    });
  const assign = (login: string | undefined, task: string, assigneeId: string | null) =>
    call(login, 'POST', `/api/v1/dossiers/${code}/tasks/${task}/assignee`, { assigneeId });
  const worklist = async (login: string, query: string) => {
    const res = await call(login, 'GET', `/api/v1/worklist?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: WorkItem[] }).items.filter((i) => i.code === code);
  };
  const { mutate } = trpcClient(
    () => server.app,
    (login) => cookie(login),
  );

  beforeAll(async () => {
    server = await testServer({
      store: suite.store(),
      dataDir: suite.db().dataDir,
      setup: async (store) => {
        await seedDemoFast(store, T0 - 86_400_000);
      },
    });
    cookie = cookieJar(server.app);
    server.clock.now = Date.parse(birth.submit.at);
    for (const login of ['congdan', 'motcua', 'chuyenvien', 'lanhdao']) await cookie(login);

    const submitted = await call(
      'congdan',
      'POST',
      '/api/v1/dossiers',
      await withFiles(server.app, await cookie('congdan'), BIRTH),
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    code = submitted.json().code;
    // Accepted, then the fee paid: the specialist's appraisal opens.
    const steps = birth.steps.slice(0, 2);
    expect(steps.map((step) => step.action)).toEqual(['accept', 'pay']);
    await playSteps(server, code, submitted.json().revision, steps, cookie);
    const [task] = await worklist('chuyenvien', 'role=specialist');
    expect(task?.task).toMatchObject({ role: 'specialist', assigneeId: null });
    taskId = task.task.id;
  });
  afterAll(() => server?.close());

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
    const res = await mutate('dossiers.assign', { code, taskId, assigneeId: specialist }, 'lanhdao');
    expect(res.status, res.res.body).toBe(200);
    expect(res.data).toEqual({ code, taskId, assigneeId: specialist });
    expect((await worklist('chuyenvien', 'assignee=me')).map((i) => i.task.id)).toEqual([taskId]);

    const refused = await mutate('dossiers.assign', { code, taskId, assigneeId: specialist }, 'motcua');
    expect(refused.status).toBe(403);
    expect(refused.error?.code).toBe('FORBIDDEN');
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
