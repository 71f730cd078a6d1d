/**
 * Demo data for a first start: the example procedures (published), a province's unit tree and one account per
 * role. Only on a demo database: the first run marks it demo, and a production one (`motcua init`) is refused.
 * Idempotent: what exists is left alone, so a second run adds nothing.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { DEFAULT_CALENDAR_SPEC } from '../../runtime/engine/time/index.ts';
import { isUniqueViolation, type AuditInput, type Store } from '../store/index.ts';
import { claimDemo } from '../store/installation.ts';
import { DEFAULT_CALENDAR_ID } from './calendars.ts';
import type { RoleGrant } from './context.ts';
import { serviceError } from '../errors.ts';
import { catalogueColumns, contentHash, stored } from './procedure-versions.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const SEED_ACTOR = 'system:seed';

const PROVINCE = '000.00.00.H41';
const CENTRE = '000.00.01.H41';

export const DEMO_UNITS: { code: string; parentCode: string | null; kind: string; vi: string; en: string }[] =
  [
    {
      code: PROVINCE,
      parentCode: null,
      kind: 'province',
      vi: 'UBND tỉnh (mô phỏng)',
      en: 'Provincial People’s Committee (demo)',
    },
    {
      code: CENTRE,
      parentCode: PROVINCE,
      kind: 'service_centre',
      vi: 'Trung tâm Phục vụ hành chính công tỉnh',
      en: 'Provincial Public Administration Service Centre',
    },
    {
      code: '000.00.12.H41',
      parentCode: PROVINCE,
      kind: 'department',
      vi: 'Sở Xây dựng',
      en: 'Department of Construction',
    },
    {
      code: '000.00.15.H41',
      parentCode: PROVINCE,
      kind: 'department',
      vi: 'Sở Công Thương',
      en: 'Department of Industry and Trade',
    },
    {
      code: '000.00.23.H41',
      parentCode: PROVINCE,
      kind: 'department',
      vi: 'Sở Tư pháp',
      en: 'Department of Justice',
    },
    {
      code: '000.00.30.H41',
      parentCode: PROVINCE,
      kind: 'department',
      vi: 'Công an tỉnh',
      en: 'Provincial Police',
    },
    {
      code: '000.00.31.H41',
      parentCode: PROVINCE,
      kind: 'department',
      vi: 'Bảo hiểm xã hội tỉnh',
      en: 'Provincial Social Insurance',
    },
    {
      code: '000.01.01.H41',
      parentCode: PROVINCE,
      kind: 'commune',
      vi: 'UBND xã Một (mô phỏng)',
      en: 'Commune One People’s Committee (demo)',
    },
    {
      code: '000.01.02.H41',
      parentCode: PROVINCE,
      kind: 'commune',
      vi: 'UBND xã Hai (mô phỏng)',
      en: 'Commune Two People’s Committee (demo)',
    },
    {
      code: '000.01.91.H41',
      parentCode: '000.01.01.H41',
      kind: 'police',
      vi: 'Công an xã Một',
      en: 'Commune One Police',
    },
  ];

/** Units where the demo officers work: every unit the examples route dossiers to. */
export const WORKING_UNITS = DEMO_UNITS.map((u) => u.code).filter((c) => c !== PROVINCE);

const grants = (role: string, units: string[]): RoleGrant[] => units.map((unitCode) => ({ unitCode, role }));

export const DEMO_ACCOUNTS: { login: string; displayName: string; roles: RoleGrant[] }[] = [
  { login: 'congdan', displayName: 'Nguyễn Văn Dân (công dân)', roles: grants('citizen', [PROVINCE]) },
  { login: 'motcua', displayName: 'Trần Thị Một Cửa (tiếp nhận)', roles: grants('reception', WORKING_UNITS) },
  {
    login: 'chuyenvien',
    displayName: 'Lê Văn Thụ Lý (chuyên viên)',
    roles: grants('specialist', WORKING_UNITS),
  },
  { login: 'lanhdao', displayName: 'Phạm Văn Lãnh Đạo (lãnh đạo)', roles: grants('leader', WORKING_UNITS) },
  {
    login: 'quantricoquan',
    displayName: 'Hoàng Thị Quản Trị (cơ quan)',
    roles: grants('agency_admin', ['000.01.01.H41']),
  },
  { login: 'thietke', displayName: 'Vũ Văn Thiết Kế (cấu hình)', roles: grants('designer', [CENTRE]) },
  { login: 'pheduyet', displayName: 'Đỗ Thị Phê Duyệt (phê duyệt)', roles: grants('approver', [PROVINCE]) },
  { login: 'quantri', displayName: 'Bùi Văn Hệ Thống (quản trị)', roles: grants('system_admin', [PROVINCE]) },
  { login: 'thanhtra', displayName: 'Ngô Thị Thanh Tra (thanh tra)', roles: grants('auditor', [PROVINCE]) },
];

export interface SeedResult {
  /** Whether anything was added. */
  created: boolean;
  /** Accounts created by this run, with their demo passwords (to print once). */
  accounts: { login: string; password: string; displayName: string; roles: RoleGrant[] }[];
  units: string[];
  procedures: string[];
}

const demoPassword = (login: string) => `motcua-${login}-demo`;

function loadExamples(): ProcedureDefinition[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(EXAMPLES + f, 'utf8')) as ProcedureDefinition);
}

/** Runs `write` unless another process did the same a moment ago (unique violation). */
async function unlessRaced(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function seedDemo(
  store: Store,
  now: number,
  options: { hashPassword: (plain: string) => Promise<string> },
): Promise<SeedResult> {
  const audit = (action: string, target: string): AuditInput => ({
    at: now,
    actorId: SEED_ACTOR,
    action,
    target,
  });
  const result: SeedResult = { created: false, accounts: [], units: [], procedures: [] };

  if ((await claimDemo(store, audit('seed.mode', 'settings:mode'))) !== 'demo') {
    throw serviceError('PRODUCTION_DATABASE', 409, message('seed.productionDatabase'));
  }
  for (const u of DEMO_UNITS) {
    if (await store.getUnit(u.code)) continue;
    const row = {
      code: u.code,
      parentCode: u.parentCode,
      kind: u.kind,
      nameVi: u.vi,
      nameEn: u.en,
      createdAt: now,
    };
    await store.putUnit(row, audit('seed.unit', u.code));
    result.units.push(u.code);
  }

  if (!(await store.getCalendar(DEFAULT_CALENDAR_ID))) {
    const spec = { officeHours: DEFAULT_CALENDAR_SPEC.officeHours, cutoff: DEFAULT_CALENDAR_SPEC.cutoff };
    await store.putCalendar(
      { id: DEFAULT_CALENDAR_ID, spec, updatedAt: now },
      audit('seed.calendar', DEFAULT_CALENDAR_ID),
    );
  }

  for (const account of DEMO_ACCOUNTS) {
    if (await store.findUserByLogin(account.login)) continue;
    const password = demoPassword(account.login);
    const user = {
      id: randomUUID(),
      login: account.login,
      displayName: account.displayName,
      passwordHash: await options.hashPassword(password),
      oidcSubject: null,
      disabled: false,
      createdAt: now,
    };
    const added = await unlessRaced(() =>
      store.createUser(user, account.roles, audit('seed.user', account.login)),
    );
    if (added) result.accounts.push({ ...account, password });
  }

  for (const definition of loadExamples()) {
    if (await store.getProcedure(definition.code)) continue;
    const problems = lint(definition);
    if (problems.some((p) => p.severity === 'error')) {
      throw new Error(`seed: example ${definition.code} has lint errors: ${problems[0].message.en}`);
    }
    const id = randomUUID();
    const added = await unlessRaced(() =>
      store.createVersion(
        {
          id,
          procedureCode: definition.code,
          status: 'published',
          definition,
          contentHash: contentHash(definition),
          problems: stored(problems),
          basedOn: null,
          authorId: SEED_ACTOR,
          reviewerId: SEED_ACTOR,
          comments: [],
          createdAt: now,
          updatedAt: now,
          submittedAt: now,
          reviewedAt: now,
          publishedAt: now,
          retiredAt: null,
        },
        { code: definition.code, createdAt: now, ...catalogueColumns(definition.code, definition) },
        audit('seed.procedure', definition.code),
        { live: true },
      ),
    );
    if (added) result.procedures.push(definition.code);
  }
  result.created = result.units.length + result.accounts.length + result.procedures.length > 0;
  return result;
}
