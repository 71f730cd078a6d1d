/**
 * The real server for the browser: built by createServer on a temporary SQLite store seeded with the demo data
 * (the five example procedures, one account per role), listening on a free port of the loopback, serving the
 * built web apps. The clock is the tests' fixed one.
 */
import type { FastifyInstance } from 'fastify';
import type { Gateway } from '../../../server/services/online-payments.ts';
import type { Store } from '../../../server/store/index.ts';
import { seedDemoFast, testServer, type TestClock } from '../../support/http.ts';

export interface WebServer {
  /** http://127.0.0.1:<port> */
  url: string;
  app: FastifyInstance;
  store: Store;
  clock: TestClock;
  gateway: Gateway;
  close(): Promise<void>;
}

/** The payment gateway: its page is not there (the tests send its signed reports themselves). */
const gateway = (): Gateway => ({
  name: 'simulator',
  merchant: 'MOTCUATEST',
  secret: 'BIMATTHUNGHIEMCUACONGTHANHTOAN01',
  payUrl: 'http://127.0.0.1:9/paymentv2/vpcpay.html',
  returnUrl: '',
  collecting: { bankBin: '970415', account: '113000006100', holder: 'KHO BAC NHA NUOC TINH' },
});

export async function webServer(): Promise<WebServer> {
  const config = gateway();
  const server = await testServer({
    setup: async (store, clock) => void (await seedDemoFast(store, clock.now)),
    gateway: config,
  });
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  config.returnUrl = `${address}/api/v1/payments/gateway/return`;
  return {
    url: address,
    app: server.app,
    store: server.store,
    clock: server.clock,
    gateway: config,
    close: () => server.close(),
  };
}
