/**
 * The command line as a user runs it: `node bin/motcua.js …` from the repository root, checking exit codes,
 * --json output and that failures read as messages, never as stack traces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

let dir: string;
const file = (name: string) => join(dir, name);

const birthData = (birthDate: string, extractCopies: number) => ({
  child: { fullName: 'Nguyễn Minh An', birthDate, sex: 'male', birthPlace: 'Bệnh viện Sản Nhi Nghệ An' },
  mother: { fullName: 'Trần Thị Hoa', idNumber: '040190001234' },
  applicant: {
    fullName: 'Trần Thị Hoa',
    idNumber: '040190001234',
    relationship: 'mother',
    phone: '0912345678',
  },
  birthProofKind: 'birth_certificate',
  extractCopies,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
  const write = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value, null, 2));
  // A broken definition: the delivery step leads nowhere and the leader returns to a step that does not exist.
  const broken = JSON.parse(readFileSync(join(ROOT, 'examples/birth-registration.json'), 'utf8'));
  broken.process.edges = broken.process.edges.filter((e: { id: string }) => e.id !== 'e6');
  broken.process.nodes.find((n: { id: string }) => n.id === 'sign').config.returnTo = 'nowhere';
  write('broken.json', broken);
  write('birth-ok.json', birthData('2026-09-23', 2));
  write('birth-bad.json', {
    child: { fullName: 'Nguyễn Minh An', birthDate: '2026-02-30', sex: 'male', birthPlace: 'Vinh' },
    mother: { fullName: 'Trần Thị Hoa', idNumber: '123' },
    applicant: {
      fullName: 'Trần Thị Hoa',
      idNumber: '040190001234',
      relationship: 'mother',
      phone: '0912345678',
    },
    birthProofKind: 'birth_certificate',
    extractCopies: 1,
  });
  write('judicial-student.json', {
    applicant: {
      fullName: 'Lê Văn Bình',
      birthDate: '2004-05-12',
      idNumber: '040204004321',
      permanentAddress: '12 Lê Lợi, Vinh',
      phone: '0912345678',
    },
    applicantCategory: 'student',
    copies: 3,
    purpose: 'Du học',
  });
  write('calendar.json', { cutoff: '16:30', holidays: ['2026-11-24'] });
  write('calendar-bad.json', { officeHours: [['13:00', '11:00']] });
  write('scenario-bad.json', {
    definition: join(ROOT, 'examples/birth-registration.json'),
    submit: { at: '2026-11-23T08:00:00+07:00', data: birthData('2026-11-02', 1) },
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

  it('without --data: a usage error', () => {
    const run = motcua('validate', 'examples/birth-registration.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Missing the path of the form data (--data).');
    expectNoStack(run);
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
    const run = motcua(
      'due',
      '--from',
      '2026-11-23T16:00:00+07:00',
      '--amount',
      '1',
      '--unit',
      'working_days',
      '--json',
    );
    expect(run.status).toBe(0);
    expect(run.json()).toEqual({ receivedAt: '2026-11-24T07:30:00+07:00', due: '2026-11-24T17:00:00+07:00' });
  });

  it('with a calendar file: its cut-off (16:30) and holidays (24 Nov) apply', () => {
    const run = motcua(
      'due',
      '--from',
      '2026-11-23T16:00:00+07:00',
      '--amount',
      '1',
      '--unit',
      'working_days',
      '--calendar',
      file('calendar.json'),
      '--json',
    );
    expect(run.status).toBe(0);
    // 1 h on Monday, Tuesday off, 7 h on Wednesday → 16:00.
    expect(run.json()).toEqual({ receivedAt: '2026-11-23T16:00:00+07:00', due: '2026-11-25T16:00:00+07:00' });
  });

  it('text output; the generated holidays 30 Apr and 3 May 2027 (for 1 May, a Saturday) are skipped', () => {
    const run = motcua(
      'due',
      '--from',
      '2027-04-29T16:00:00+07:00',
      '--amount',
      '4',
      '--unit',
      'working_hours',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2027-05-04T07:30:00+07:00');
    expect(run.stdout).toContain('Hạn / Due: 2027-05-04T11:30:00+07:00');
  });

  it('a bad --unit is a usage error naming the units', () => {
    const run = motcua(
      'due',
      '--from',
      '2026-11-23T16:00:00+07:00',
      '--amount',
      '1',
      '--unit',
      'weeks',
      '--json',
    );
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

  it('a bad --from is a usage error', () => {
    const run = motcua('due', '--from', '23/11/2026 16:00', '--amount', '1', '--unit', 'working_days');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from must be an ISO-8601 time');
    expectNoStack(run);
  });

  it('an invalid calendar file is named, not thrown', () => {
    const run = motcua(
      'due',
      '--from',
      '2026-11-23T09:00:00+07:00',
      '--amount',
      '1',
      '--unit',
      'working_days',
      '--calendar',
      file('calendar-bad.json'),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid calendar');
    expectNoStack(run);
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
        'dueAt',
        'promisedAt',
        'finishedAt',
        'fees',
        'openTasks',
        'history',
      ]),
    );
    expect(view).toMatchObject({
      status: 'completed',
      timing: 'on_time',
      receivedAt: '2026-11-23T14:20:00+07:00',
      dueAt: '2026-11-23T17:00:00+07:00',
      promisedAt: null,
      finishedAt: '2026-11-23T16:00:00+07:00',
      fees: { total: 16000, paid: 16000 },
      openTasks: [],
    });
    expect((view.history as { event: string }[]).map((h) => h.event)).toEqual([
      'submit',
      'accept',
      'pay',
      'complete',
      'approve',
      'issue_result',
      'deliver_result',
    ]);
  });

  it('open tasks carry node, role and due time', () => {
    const run = motcua('simulate', 'examples/scenarios/household-business-silence.scenario.json', '--json');
    expect(run.status).toBe(0);
    const view = run.json() as { status: string; openTasks: unknown[] };
    expect(view.status).toBe('processing');
    expect(view.openTasks).toEqual([{ node: 'approve', role: 'leader', unit: '000.01.01.H41', dueAt: null }]);
  });

  it('text output', () => {
    const run = motcua('simulate', 'examples/scenarios/judicial-record-tet.scenario.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Trạng thái / status: processing');
    expect(run.stdout).toContain('Hạn / due: 2027-02-24T09:00:00+07:00');
    expect(run.stdout).toContain('Đang chờ / open: approve (leader, 000.00.30.H41)');
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

  it('a scenario of the wrong shape is refused with its JSON pointer', () => {
    const run = motcua('simulate', file('scenario-bad.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid scenario at /steps/0');
    expectNoStack(run);
  });
});

describe('usage errors: a clear message, a non-zero exit, never a stack trace', { timeout: TIMEOUT }, () => {
  it('a missing file', () => {
    const run = motcua('lint', file('does-not-exist.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Cannot read the file ${file('does-not-exist.json')}`);
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

  it('an unknown command', () => {
    const run = motcua('lnt', 'examples/judicial-record.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown command "lnt"');
    expectNoStack(run);
  });

  it('an option the command does not take', () => {
    const run = motcua('lint', 'examples/judicial-record.json', '--dta', 'x.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not take --dta');
    expectNoStack(run);
  });

  it('no command prints the usage and fails; --help prints it and succeeds', () => {
    const bare = motcua();
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('motcua simulate <scenario.json>');
    const help = motcua('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('motcua due --from <ISO>');
  });
});
