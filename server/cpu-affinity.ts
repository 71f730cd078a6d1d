/**
 * Pinning a process to one CPU, on Linux. Node has no call for it, so util-linux's `taskset` does it; where that or
 * Linux's process files are missing, nothing is pinned and the caller is told.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The CPUs this process may run on (Linux's `Cpus_allowed_list`, such as "0-3,8"); empty where it is not known. */
export function allowedCpus(status = '/proc/self/status'): number[] {
  let text: string;
  try {
    text = readFileSync(status, 'utf8');
  } catch {
    return [];
  }
  const list = /^Cpus_allowed_list:\s*(\S+)$/m.exec(text)?.[1] ?? '';
  return list.split(',').flatMap((part) => {
    const [first, last = first] = part.split('-').map(Number);
    if (!Number.isInteger(first) || !Number.isInteger(last)) return [];
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
}

/** Pins process `pid` and all its threads to `cpu` (threads it starts later inherit it); false where it cannot. */
export function pinToCpu(pid: number, cpu: number): Promise<boolean> {
  return new Promise((resolve) =>
    execFile('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], (error) => resolve(!error)),
  );
}
