/**
 * Where the CPU of a measured run goes, for `npm run bench:server`: the server's processes (its primary and
 * workers), PostgreSQL's backends on the bench's database, and this process (the load generator runs in it). On a
 * machine where all three share the cores, their sum per request bounds what any number of server processes can
 * serve.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { cpuMsOf } from '../test/load/support.ts';

/** CPU milliseconds spent by each part. */
export interface CpuSplit {
  serverMs: number;
  dbMs: number;
  clientMs: number;
}

/** The process and its children (a cluster's primary and its workers). */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return [pid, ...(children ? children.split(' ').map(Number) : [])];
  } catch {
    return [pid];
  }
}

const sum = (pids: number[], before: Map<number, number>) =>
  pids.reduce((total, pid) => total + ((cpuMsOf(pid) ?? 0) - (before.get(pid) ?? 0)), 0);

const snapshot = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMsOf(pid) ?? 0]));

/**
 * Starts counting; the function returned stops and gives the CPU spent since. A backend that connected meanwhile
 * counts whole (it did its work within the run).
 */
export async function startCpuMeter(serverPid: number, url?: string): Promise<() => Promise<CpuSplit>> {
  const client = url === undefined ? undefined : new pg.Client({ connectionString: url });
  await client?.connect();
  const backends = async () =>
    client === undefined
      ? []
      : (
          await client.query<{ pid: number }>(
            'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
          )
        ).rows.map((r) => r.pid);
  const server0 = snapshot(processTree(serverPid));
  const db0 = snapshot(await backends());
  const client0 = process.cpuUsage();
  return async () => {
    const used = process.cpuUsage(client0);
    const split = {
      serverMs: sum(processTree(serverPid), server0),
      dbMs: sum(await backends(), db0),
      clientMs: (used.user + used.system) / 1000,
    };
    await client?.end();
    return split;
  };
}
