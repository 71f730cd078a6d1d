/** The headers a refusal carries (Retry-After, Allow) reach the tRPC client as they reach REST's. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUsers, testServer, type TestServer } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';

const AN = { login: 'an', password: 'an-password-1', roles: [{ unitCode: 'P', role: 'citizen' }] };

let server: TestServer;
beforeAll(async () => {
  server = await testServer({
    limits: { perLogin: 2, perAddress: 20, windowMs: 60_000 },
    setup: (store, clock) => addUsers(store, clock.now, [AN]),
  });
});
afterAll(() => server.close());

const { mutate } = trpcClient(() => server.app);

it('answers a throttled session.login with 429 and Retry-After', async () => {
  for (let i = 0; i < 2; i++) {
    const failed = await mutate('session.login', { login: AN.login, password: `wrong-password-${i}` });
    expect(failed.status).toBe(401);
    expect(failed.res.headers['retry-after']).toBeUndefined();
    server.clock.advance(10_000);
  }
  const blocked = await mutate('session.login', { login: AN.login, password: AN.password });
  expect(blocked.status).toBe(429);
  expect(blocked.error?.code).toBe('TOO_MANY_ATTEMPTS');
  // The first failure leaves the 60 s window 40 s from now.
  expect(blocked.res.headers['retry-after']).toBe('40');
});
