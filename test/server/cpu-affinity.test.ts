/** server/cpu-affinity.ts: the CPUs a process may use, read from Linux's process status, and pinning to one. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedCpus, pinToCpu } from '../../server/cpu-affinity.ts';

describe('CPU affinity', () => {
  it('reads the CPU list of a process status, ranges and single CPUs; nothing where it is not known', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cpus-'));
    const status = (list: string) => {
      const file = join(dir, 'status');
      writeFileSync(
        file,
        `Name:\tnode\nCpus_allowed:\tff\nCpus_allowed_list:\t${list}\nvoluntary_ctxt_switches:\t3\n`,
      );
      return file;
    };
    expect(allowedCpus(status('0-3,8'))).toEqual([0, 1, 2, 3, 8]);
    expect(allowedCpus(status('1'))).toEqual([1]);
    expect(allowedCpus(status('x'))).toEqual([]);
    expect(allowedCpus(join(dir, 'missing'))).toEqual([]);
    expect(allowedCpus().length).toBeGreaterThan(0);
  });

  it('pins a running process to one CPU, and says so when it cannot', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const cpu = allowedCpus().at(-1)!;
      expect(await pinToCpu(child.pid!, cpu)).toBe(true);
      expect(allowedCpus(`/proc/${child.pid}/status`)).toEqual([cpu]);
      expect(await pinToCpu(child.pid!, 4096)).toBe(false);
      expect(allowedCpus(`/proc/${child.pid}/status`)).toEqual([cpu]);
    } finally {
      child.kill();
    }
  });
});
