/**
 * `npm start -- --workers N`: N server processes on one PostgreSQL database behind one port (node:cluster). The
 * primary sets the database up once, runs the demo's gateway simulator if there is one, forks the workers, starts a
 * new one in place of any that dies, and on SIGTERM/SIGINT stops them all cleanly. Everything the workers share —
 * sessions, dossier codes, timers (leased), rate limits, idempotency keys, the outbox — lives in the database, so a
 * worker killed mid-request loses nothing that was acknowledged: the client's retry with the same Idempotency-Key
 * reaches another worker. Each worker is pinned to a CPU of its own, in turn (a replacement takes the CPU of the one it
 * replaces), and the database's backends run where there is room: with PostgreSQL on the same cores, workers left to
 * move between them spent more CPU per request (SCALING.md §1).
 */
import cluster, { type Worker } from 'node:cluster';
import { announceListening, announceSimulator } from './announce.ts';
import { allowedCpus, pinToCpu } from './cpu-affinity.ts';
import type { Gateway } from './services/online-payments.ts';
import { startGatewaySimulator, type GatewaySimulator } from './payments/simulator.ts';

/** The environment variable through which the primary hands the workers the demo's gateway (its secret is new). */
export const SHARED_GATEWAY = 'MOTCUA_SHARED_GATEWAY';

/** The gateway the primary handed this worker, if any; its return address is this worker's to set. */
export function sharedGateway(env: NodeJS.ProcessEnv): Gateway | undefined {
  const shared = env[SHARED_GATEWAY];
  return shared ? (JSON.parse(shared) as Gateway) : undefined;
}

export interface Supervision {
  workers: number;
  /** The secret the workers share (session cookies, payment signatures). */
  secret: string;
  /** The demo's gateway, simulated by the primary; absent for a real gateway or none. */
  simulated?: Gateway;
  stopSignal: Promise<string>;
}

const GRACE_MS = 30_000;

export async function superviseWorkers(s: Supervision): Promise<number> {
  let simulator: GatewaySimulator | undefined;
  // The simulator sends its reports to the workers' address, known once the first of them listens.
  const simulatorOptions = s.simulated && { ...s.simulated, ipnUrl: '' };
  if (simulatorOptions) simulator = await startGatewaySimulator(simulatorOptions);
  const env: Record<string, string> = { MOTCUA_SECRET: s.secret };
  if (s.simulated && simulator)
    env[SHARED_GATEWAY] = JSON.stringify({ ...s.simulated, payUrl: simulator.payUrl });

  let stopping = false;
  const listening = new Set<Worker>();
  let announced = false;
  let failed: (code: number) => void = () => {};
  const failedStart = new Promise<number>((resolve) => (failed = resolve));

  const cpus = allowedCpus();
  const slots = new Map<Worker, number>();
  let unpinned = false;
  const fork = (slot: number) => {
    const worker = cluster.fork(env);
    slots.set(worker, slot);
    if (cpus.length < 2) return;
    worker.once('online', async () => {
      const pinned = await pinToCpu(worker.process.pid!, cpus[slot % cpus.length]);
      if (pinned || unpinned || worker.isDead()) return;
      unpinned = true;
      console.error(
        'Không ghim được tiến trình vào CPU (cần taskset) / workers not pinned to CPUs (taskset needed)',
      );
    });
  };

  cluster.on('listening', (worker, address) => {
    listening.add(worker);
    if (announced) {
      console.log(`Tiến trình ${worker.process.pid} đã thay thế xong / replacement worker is serving`);
      return;
    }
    if (listening.size < s.workers) return;
    announced = true;
    const host = address.addressType === 6 ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    if (simulatorOptions) simulatorOptions.ipnUrl = `${url}/api/v1/payments/gateway/ipn`;
    announceListening([url], s.workers);
    if (simulator) announceSimulator(simulator.payUrl);
  });
  cluster.on('exit', (worker, code, signal) => {
    const heard = listening.delete(worker);
    const slot = slots.get(worker)!;
    slots.delete(worker);
    if (stopping) return;
    if (!heard && signal === null) {
      // It gave up before serving (a port taken, a broken database): starting another would only fail again.
      console.error(
        `Tiến trình ${worker.process.pid} không khởi động được / worker failed to start (${code ?? signal})`,
      );
      failed(1);
      return;
    }
    console.error(
      `Tiến trình ${worker.process.pid} dừng bất thường (${signal ?? code}), đang thay thế / worker died, replacing it`,
    );
    fork(slot);
  });
  for (let i = 0; i < s.workers; i++) fork(i);

  const outcome = await Promise.race([s.stopSignal.then(() => 0), failedStart]);
  stopping = true;
  if (outcome === 0) console.log('Đang dừng các tiến trình… / stopping the workers…');
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  await Promise.all(workers.map((w) => stopWorker(w)));
  await simulator?.close();
  if (outcome === 0) console.log('Đã dừng / stopped.');
  return outcome;
}

/** SIGTERM, then SIGKILL if the worker has not finished its requests within the grace period. */
function stopWorker(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => worker.process.kill('SIGKILL'), GRACE_MS);
    worker.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    worker.process.kill('SIGTERM');
  });
}
