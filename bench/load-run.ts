/**
 * Load runs for `npm run bench:server` (bench/http-load.ts) with the server's CPU read around them, and the figures of
 * one run or of several slices of one measurement taken together.
 */
import { cpuMsOf } from '../test/load/support.ts';
import type { CpuSplit } from './cpu-meter.ts';
import { load, type LoadOptions, type LoadResult } from './http-load.ts';

export interface Timing {
  rps: number;
  /** Server CPU (user + system) per answered request, ms. */
  cpuMs?: number;
  /** The part of it on the event loop's thread (the rest: SQLite's checkpointer, the garbage collector's helpers). */
  loopCpuMs?: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU per answered request of the server's processes, PostgreSQL's backends and the load generator. */
  split?: CpuSplit;
  failed: number;
  statuses: string;
}

/** What one load run saw, with the CPU spent around it, before it is summed up. */
export interface Sample extends LoadResult {
  /** The server's CPU, and its event loop's, over the run, ms (when its pid was given). */
  cpuMs?: number;
  loopCpuMs?: number;
  split?: CpuSplit;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const total = (values: (number | undefined)[]) =>
  values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, b) => a + b!, 0);

/** The figures of one measurement made of `samples` (one run, or slices of it between other runs). */
export function timingOf(samples: Sample[]): Timing {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const statuses = new Map<string, number>();
  for (const s of samples) for (const [k, v] of s.statuses) statuses.set(k, (statuses.get(k) ?? 0) + v);
  let failed = 0;
  for (const [status, n] of statuses) if (!status.startsWith('2')) failed += n;
  const answered = latencies.length + failed;
  const per = (ms: number | undefined) => (ms === undefined ? undefined : ms / answered);
  const splits = samples.map((s) => s.split);
  const splitOf = (part: keyof CpuSplit) => per(total(splits.map((s) => s?.[part])))!;
  return {
    rps: latencies.length / total(samples.map((s) => s.seconds))!,
    cpuMs: per(total(samples.map((s) => s.cpuMs))),
    loopCpuMs: per(total(samples.map((s) => s.loopCpuMs))),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    split: splits.every((s) => s !== undefined)
      ? { serverMs: splitOf('serverMs'), dbMs: splitOf('dbMs'), clientMs: splitOf('clientMs') }
      : undefined,
    failed,
    statuses: [...statuses].map(([k, v]) => `${k}×${v}`).join(' '),
  };
}

/** One run of the load generator, with the server's CPU read around it. */
export async function loadRun(options: LoadOptions & { pid?: number }): Promise<Sample> {
  const cpu = (tid?: number) => (options.pid === undefined ? undefined : cpuMsOf(options.pid, tid));
  const cpu0 = cpu();
  const loop0 = cpu(options.pid);
  const result = await load(options);
  const cpu1 = cpu();
  const loop1 = cpu(options.pid);
  const spent = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : b - a);
  return {
    ...result,
    cpuMs: spent(cpu0, cpu1),
    loopCpuMs: spent(loop0, loop1),
  };
}
