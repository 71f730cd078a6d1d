/**
 * The command line as a user runs it: `node bin/motcua.js …` from the repository root, checking exit codes,
 * --json output and that failures read as messages, never as stack traces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../cli/commands/index.ts';
import { viewOf } from './examples/helpers.ts';
import { birthData, example, judicialData } from './support/examples.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Each run compiles the CLI with tsx (about half a second); leave room on a slow CI machine.
const TIMEOUT = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  json: () => unknown;
}

function motcua(...args: string[]): Run {
  const env = { ...process.env };
  delete env.MOTCUA_DEBUG;
  const result = spawnSync(process.execPath, ['bin/motcua.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
  };
}

/** A failure is a message: no stack frame anywhere in the output. */
function expectNoStack(run: Run): void {
  expect(run.stdout + run.stderr).not.toContain('    at ');
  expect(run.stdout + run.stderr).not.toMatch(/^\s*at .+:\d+:\d+\)?$/m);
}

// Made now (not in beforeAll) so that the tables below can name files in it.
const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
const file = (name: string) => join(dir, name);

/** `motcua due` from an instant for an amount of a unit, with any more arguments. */
const due = (from: string, amount: string, unit: string, ...more: string[]) =>
  motcua('due', '--from', from, '--amount', amount, '--unit', unit, ...more);

/** The JSON the CLI prints for the dossier view of a scenario: the view the scenario tests check, value by value. */
const simulated = (scenarioFile: string) => JSON.parse(JSON.stringify(viewOf(scenarioFile)));

beforeAll(() => {
  const write = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value, null, 2));
  // A broken definition: the delivery step leads nowhere and the leader returns to a step that does not exist.
  const broken = example('birth-registration');
  broken.process.edges = broken.process.edges.filter((e) => e.id !== 'e6');
  (broken.process.nodes.find((n) => n.id === 'sign')!.config as { returnTo: string }).returnTo = 'nowhere';
  write('broken.json', broken);
  // Born 61 days before 2026-11-23: the registration fee is due.
  write('birth-ok.json', birthData({ child: { birthDate: '2026-09-23' }, extractCopies: 2 }));
  // No 30 February, and a mother's id number of three digits.
  write(
    'birth-bad.json',
    birthData({ child: { birthDate: '2026-02-30' }, mother: { idNumber: '123' }, extractCopies: 1 }),
  );
  write(
    'judicial-student.json',
    judicialData({ applicantCategory: 'student', copies: 3, purpose: 'Du học' }),
  );
  write('calendar.json', { cutoff: '16:30', holidays: ['2026-11-24'] });
  write('calendar-bad.json', { officeHours: [['13:00', '11:00']] });
  write('scenario-bad.json', {
    definition: join(ROOT, 'examples/birth-registration.json'),
    submit: { at: '2026-11-23T08:00:00+07:00', data: birthData({ extractCopies: 1 }) },
    steps: [null],
  });
  writeFileSync(file('not-json.json'), '{"code": "1.001193",');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('motcua lint', { timeout: TIMEOUT }, () => {
  it('a valid example: exit 0, no problems', () => {
    const run = motcua('lint', 'examples/judicial-record.json', '--json');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ ok: true, problems: [] });
  });

  it('a broken definition: exit 1 and each problem with severity, code, JSON pointer and both languages', () => {
    const run = motcua('lint', file('broken.json'), '--json');
    expect(run.status).toBe(1);
    const out = run.json() as { ok: boolean; problems: Record<string, unknown>[] };
    expect(out.ok).toBe(false);
    for (const p of out.problems) {
      expect(p).toEqual({
        severity: expect.stringMatching(/^(error|warning)$/),
        code: expect.stringMatching(/^[A-Z_]+$/),
        path: expect.stringMatching(/^(\/.*)?$/),
        message: { vi: expect.any(String), en: expect.any(String) },
      });
    }
    expect(out.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'APPROVAL_BAD_RETURN',
        path: '/process/nodes/4/config/returnTo',
      }),
    );
    expect(out.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'NODE_OUTGOING_COUNT', path: '/process/nodes/6' }),
    );
  });

  it('text output lists the problems in both languages and sums them up', () => {
    const run = motcua('lint', file('broken.json'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('APPROVAL_BAD_RETURN /process/nodes/4/config/returnTo');
    expect(run.stdout).toContain('The return step "nowhere" must be a work step of the process.');
    expect(run.stdout).toMatch(/\d+ lỗi, 0 cảnh báo \/ \d+ error\(s\), 0 warning\(s\)/);
  });
});

describe('motcua validate', { timeout: TIMEOUT }, () => {
  it('valid form data: exit 0', () => {
    const run = motcua(
      'validate',
      'examples/birth-registration.json',
      '--data',
      file('birth-ok.json'),
      '--json',
    );
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ ok: true, errors: [] });
  });

  it('invalid form data: exit 1, every error at its JSON pointer in both languages', () => {
    const run = motcua(
      'validate',
      'examples/birth-registration.json',
      '--data',
      file('birth-bad.json'),
      '--json',
    );
    expect(run.status).toBe(1);
    const out = run.json() as { ok: boolean; errors: { path: string; code: string; message: unknown }[] };
    expect(out.ok).toBe(false);
    expect(out.errors.map((e) => e.path).sort()).toEqual(['/child/birthDate', '/mother/idNumber']);
    for (const e of out.errors) {
      expect(e).toEqual({
        path: expect.any(String),
        code: expect.stringMatching(/^FORM_/),
        message: { vi: expect.any(String), en: expect.any(String) },
      });
    }
  });
});

describe('motcua fees', { timeout: TIMEOUT }, () => {
  it('judicial record, a student asking for 3 copies: 100,000 + 5,000', () => {
    const run = motcua(
      'fees',
      'examples/judicial-record.json',
      '--data',
      file('judicial-student.json'),
      '--at',
      '2026-11-23T09:00:00+07:00',
      '--json',
    );
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({
      total: 105000,
      items: [
        {
          id: 'certificate',
          kind: 'charge',
          label: { vi: 'Phí cung cấp thông tin lý lịch tư pháp', en: 'Judicial record charge' },
          amount: 100000,
        },
        {
          id: 'extra_copies',
          kind: 'charge',
          label: { vi: 'Phí cấp thêm phiếu (từ phiếu thứ 3)', en: 'Extra copies (from the 3rd)' },
          amount: 5000,
        },
      ],
    });
  });

  it('--at fixes today: born 23 Sep, 61 days before 23 Nov, pays the registration fee', () => {
    const args = ['fees', 'examples/birth-registration.json', '--data', file('birth-ok.json'), '--json'];
    const late = motcua(...args, '--at', '2026-11-23T09:00:00+07:00');
    expect(late.status).toBe(0);
    const out = late.json() as { total: number; items: { id: string; amount: number }[] };
    expect(out.total).toBe(24000);
    expect(out.items.map((i) => [i.id, i.amount])).toEqual([
      ['registration', 8000],
      ['extract_copies', 16000],
    ]);
  });

  it('text output in VND with a total', () => {
    const run = motcua(
      'fees',
      'examples/birth-registration.json',
      '--data',
      file('birth-ok.json'),
      '--at',
      '2026-11-22T09:00:00+07:00',
    );
    expect(run.status).toBe(0);
    // On 22 Nov the birth on 23 Sep is 60 days old: no registration fee.
    expect(run.stdout).toMatch(/Lệ phí đăng ký khai sinh\s+0 đ/);
    expect(run.stdout).toMatch(/Tổng cộng \/ Total\s+16\.000 đ/);
  });
});

describe('motcua due', { timeout: TIMEOUT }, () => {
  it('after the cut-off the clock starts the next working morning', () => {
    const run = due('2026-11-23T16:00:00+07:00', '1', 'working_days', '--json');
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({
      deemedReceivedAt: '2026-11-24T07:30:00+07:00',
      due: '2026-11-24T17:00:00+07:00',
    });
  });

  it('with a calendar file: its cut-off (16:30) and holidays (24 Nov) apply', () => {
    const run = due(
      '2026-11-23T16:00:00+07:00',
      '1',
      'working_days',
      '--calendar',
      file('calendar.json'),
      '--json',
    );
    expect(run.status).toBe(0);
    // 1 h on Monday, Tuesday off, 7 h on Wednesday → 16:00.
    expect(run.json()).toEqual({
      deemedReceivedAt: '2026-11-23T16:00:00+07:00',
      due: '2026-11-25T16:00:00+07:00',
    });
  });

  it('received exactly at the cut-off counts that day; a procedure’s own cut-off (--cutoff) wins', () => {
    const atCutoff = due('2026-11-23T15:00:00+07:00', '1', 'working_days', '--json');
    expect(atCutoff.json()).toEqual({
      deemedReceivedAt: '2026-11-23T15:00:00+07:00',
      due: '2026-11-24T15:00:00+07:00',
    });
    const late = due('2026-11-23T16:30:00+07:00', '1', 'working_days', '--cutoff', '17:00', '--json');
    expect(late.json()).toEqual({
      deemedReceivedAt: '2026-11-23T16:30:00+07:00',
      due: '2026-11-24T16:30:00+07:00',
    });
    const bad = due('2026-11-23T16:30:00+07:00', '1', 'working_days', '--cutoff', '5pm', '--json');
    expect(bad.status).toBe(2);
    expect(bad.json()).toMatchObject({ error: { code: 'ARGUMENT_INVALID' } });
  });

  it('text output; the generated holidays 30 Apr and 3 May 2027 (for 1 May, a Saturday) are skipped', () => {
    const run = due('2027-04-29T16:00:00+07:00', '4', 'working_hours');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2027-05-04T07:30:00+07:00');
    expect(run.stdout).toContain('Hạn / Due: 2027-05-04T11:30:00+07:00');
  });

  it('a bad --unit is a usage error naming the units', () => {
    const run = due('2026-11-23T16:00:00+07:00', '1', 'weeks', '--json');
    expect(run.status).toBe(2);
    expect(run.json()).toEqual({
      error: {
        code: 'ARGUMENT_INVALID',
        message: {
          vi: '--unit phải là một trong: working_days, working_half_days, working_hours, days.',
          en: '--unit must be one of: working_days, working_half_days, working_hours, days.',
        },
      },
    });
  });
});

describe('motcua simulate', { timeout: TIMEOUT }, () => {
  it('a scenario: the dossier view with the documented keys', () => {
    const run = motcua('simulate', 'examples/scenarios/birth-registration.scenario.json', '--json');
    expect(run.status).toBe(0);
    const view = run.json() as Record<string, unknown>;
    expect(Object.keys(view)).toEqual(
      expect.arrayContaining([
        'status',
        'timing',
        'receivedAt',
        'deemedReceivedAt',
        'dueAt',
        'promisedAt',
        'finishedAt',
        'fees',
        'openTasks',
        'history',
      ]),
    );
    expect(view).toEqual(simulated('birth-registration.scenario.json'));
  });

  it('open tasks carry node, role and due time', () => {
    const run = motcua('simulate', 'examples/scenarios/household-business-silence.scenario.json', '--json');
    expect(run.status).toBe(0);
    const view = simulated('household-business-silence.scenario.json');
    expect(view.openTasks).toEqual([
      { node: 'approve', role: 'leader', unit: expect.any(String), dueAt: null },
    ]);
    expect(run.json()).toEqual(view);
  });

  it('text output', () => {
    const run = motcua('simulate', 'examples/scenarios/judicial-record-tet.scenario.json');
    const view = viewOf('judicial-record-tet.scenario.json');
    const [open] = view.openTasks;
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Trạng thái / status: ${view.status}`);
    expect(run.stdout).toContain(`Hạn / due: ${view.dueAt}`);
    expect(run.stdout).toContain(`Đang chờ / open: ${open.node} (${open.role}, ${open.unit})`);
    expect(run.stdout).toMatch(/2027-02-24T09:00:00\+07:00\s+overdue\s+system/);
  });

  it('an illegal step: exit 1 with the error and the step', () => {
    const run = motcua('simulate', 'examples/scenarios/birth-registration-illegal.scenario.json', '--json');
    expect(run.status).toBe(1);
    expect(run.json()).toEqual({
      error: {
        code: 'ROLE_NOT_ALLOWED',
        message: { vi: expect.stringContaining('citizen'), en: expect.stringContaining('citizen') },
        step: 3,
      },
    });
    expectNoStack(run);
  });
});

describe('usage errors: a clear message, a non-zero exit, never a stack trace', { timeout: TIMEOUT }, () => {
  it.each([
    [
      'validate without --data',
      ['validate', 'examples/birth-registration.json'],
      'Missing the path of the form data (--data).',
    ],
    [
      'due with a bad --from',
      ['due', '--from', '23/11/2026 16:00', '--amount', '1', '--unit', 'working_days'],
      '--from must be an ISO-8601 time',
    ],
    [
      'due with an invalid calendar file (named, not thrown)',
      [
        'due',
        '--from',
        '2026-11-23T09:00:00+07:00',
        '--amount',
        '1',
        '--unit',
        'working_days',
        '--calendar',
        file('calendar-bad.json'),
      ],
      'Invalid calendar',
    ],
    [
      'simulate with a scenario of the wrong shape (its JSON pointer)',
      ['simulate', file('scenario-bad.json')],
      'Invalid scenario at /steps/0',
    ],
    [
      'a missing file',
      ['lint', file('does-not-exist.json')],
      `Cannot read the file ${file('does-not-exist.json')}`,
    ],
    ['an unknown command', ['lnt', 'examples/judicial-record.json'], 'Unknown command "lnt"'],
    [
      'an option the command does not take',
      ['lint', 'examples/judicial-record.json', '--dta', 'x.json'],
      'does not take --dta',
    ],
  ])('%s', (_what, args, message) => {
    const run = motcua(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expectNoStack(run);
  });

  it('a file that is not JSON, with --json', () => {
    const run = motcua('lint', file('not-json.json'), '--json');
    expect(run.status).toBe(2);
    const out = run.json() as { error: { code: string; message: { vi: string; en: string } } };
    expect(out.error.code).toBe('FILE_NOT_JSON');
    expect(out.error.message.en).toContain('is not valid JSON');
    expectNoStack(run);
  });

  it('no command prints the usage and fails; --help prints it, one entry per command, and succeeds', () => {
    const bare = motcua();
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('motcua simulate <scenario.json>');
    const help = motcua('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${bare.stderr}`);
    for (const { usage, summary } of Object.values(commands)) {
      expect(help.stdout).toContain(`motcua ${usage}`);
      for (const line of summary.split('\n')) expect(help.stdout).toContain(line);
    }
  });
});
