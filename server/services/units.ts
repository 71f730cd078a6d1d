/**
 * The unit tree (DOMAIN.md §2, §9): the system admin creates, renames, moves and merges units; anyone may read it
 * (it is the public directory of agencies that the catalogue filters by).
 *
 * A merger takes effect at an instant and rewrites nothing. The merged unit stays, with its successor and that
 * instant: its dossiers keep the unit that received them, so their codes and history stay true. From that instant
 * on, who carries the merged unit's work is resolved whenever it is read: its open work and worklists are the
 * successor's officers' (a grant holds in every unit merged into its own: grantsInForce), and so are the grants of
 * its former officers; a unit under it sits under the successor, and a dossier submitted to it is received by the
 * successor (unitInForce). A merger dated ahead changes nothing until then.
 */
import { isPlainObject } from '../../runtime/engine/index.ts';
import { parseInstant } from '../../runtime/engine/time/index.ts';
import type { Store, UnitRow } from '../store/index.ts';
import { changeUnits, type Merger } from '../store/units.ts';
import { requireAnyRole, type RoleGrant, type ServiceContext } from './context.ts';
import { invalidInput, serviceError } from '../errors.ts';
import { at } from './format.ts';
import { message, type Localized } from '../../runtime/engine/messages/index.ts';

export interface UnitView {
  code: string;
  /** The parent in force: a merged parent shows as its successor. Null for a root (a province). */
  parentCode: string | null;
  kind: string;
  name: { vi: string; en: string };
  createdAt: string;
  /** The merger recorded for the unit, in force or to come. */
  merger: { into: string; at: string } | null;
  /** Who carries the unit's work: the unit itself, or the successor of a merger in force. */
  successor: string;
}

export interface NewUnit {
  code: string;
  /** Null: a root of the tree (a province). */
  parentCode: string | null;
  /** What sort of unit, e.g. province, department, commune, ward, service_centre, police. */
  kind: string;
  name: { vi: string; en: string };
}

export interface UnitUpdate {
  code: string;
  /** A rename. */
  name?: { vi: string; en: string };
  kind?: string;
  /** A move (null: to the root). */
  parentCode?: string | null;
}

export interface UnitMerger {
  code: string;
  /** The successor. */
  into: string;
  /** ISO-8601 instant, or a date (from 00:00 Vietnam time). */
  effectiveAt: string;
}

/** Unit codes go into dossier codes (`<unit>-YYMMDD-NNNN`): no dash. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._]*$/;
const KIND = /^[a-z][a-z_]*$/;
const MAX_CODE = 40;
const MAX_REF = 64;
const MAX_KIND = 32;
const MAX_NAME = 200;

type Units = ReadonlyMap<string, Merger>;

/** The unit that carries `code`'s work at `t`: where its mergers in force at `t` lead (itself without one). */
function successorAt(units: Units, code: string, t: number): string {
  let current = code;
  // Mergers never form a cycle (mergeUnit refuses one); the bound only keeps a damaged row from looping.
  for (let i = 0; i <= units.size; i++) {
    const m = units.get(current);
    if (!m || m.mergedInto === null || m.mergedAt === null || m.mergedAt > t) break;
    current = m.mergedInto;
  }
  return current;
}

const byCode = <T extends { code: string }>(rows: T[]): Map<string, T> =>
  new Map(rows.map((r) => [r.code, r]));

/** Each successor at `t`, with the units merged into it by then. */
function absorbedAt(mergers: Units, t: number): Map<string, string[]> {
  const absorbed = new Map<string, string[]>();
  for (const code of mergers.keys()) {
    const successor = successorAt(mergers, code, t);
    if (successor !== code) absorbed.set(successor, [...(absorbed.get(successor) ?? []), code]);
  }
  return absorbed;
}

/** The units whose work `code` carries at `t`: itself, and the units merged into it by then. */
export async function unitsCarriedBy(store: Store, code: string, t: number): Promise<Set<string>> {
  const absorbed = absorbedAt(byCode(await store.mergedUnits()), t);
  return new Set([code, ...(absorbed.get(code) ?? [])]);
}

/**
 * A person's grants in force at `t`: a grant in a unit merged by then holds in its successor, and a grant in any
 * unit holds in the units merged into it by then (whose open work it has taken over).
 */
export async function grantsInForce(store: Store, grants: RoleGrant[], t: number): Promise<RoleGrant[]> {
  const mergers = byCode(await store.mergedUnits());
  if (mergers.size === 0) return grants;
  const absorbed = absorbedAt(mergers, t);
  const seen = new Set<string>();
  const out: RoleGrant[] = [];
  for (const { unitCode, role } of grants) {
    const successor = successorAt(mergers, unitCode, t);
    for (const unit of [successor, ...(absorbed.get(successor) ?? [])]) {
      const key = JSON.stringify([unit, role]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ unitCode: unit, role });
    }
  }
  return out;
}

/** The unit that receives what is addressed to `code` at `t`: its successor once merged. */
export async function unitInForce(store: Store, code: string, t: number): Promise<string> {
  return successorAt(byCode(await store.mergedUnits()), code, t);
}

function view(units: ReadonlyMap<string, UnitRow>, row: UnitRow, t: number): UnitView {
  return {
    code: row.code,
    parentCode: row.parentCode === null ? null : successorAt(units, row.parentCode, t),
    kind: row.kind,
    name: { vi: row.nameVi, en: row.nameEn },
    createdAt: at(row.createdAt),
    merger:
      row.mergedInto === null || row.mergedAt === null
        ? null
        : { into: row.mergedInto, at: at(row.mergedAt) },
    successor: successorAt(units, row.code, t),
  };
}

// ---- input -------------------------------------------------------------------------------------------------

function checkCode(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length > MAX_CODE || !CODE.test(value)) {
    throw invalidInput(path, message('units.codeInvalid', { maxCode: MAX_CODE }));
  }
  return value;
}

function checkKind(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length > MAX_KIND || !KIND.test(value)) {
    throw invalidInput(path, message('units.kindInvalid', { maxKind: MAX_KIND }));
  }
  return value;
}

function checkName(value: unknown, path: string): { vi: string; en: string } {
  if (!isPlainObject(value)) {
    throw invalidInput(path, message('units.nameNeedsViEn'));
  }
  const name = { vi: '', en: '' };
  for (const lang of ['vi', 'en'] as const) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_NAME) {
      throw invalidInput(`${path}/${lang}`, message('units.nameInvalid', { lang, maxName: MAX_NAME }));
    }
    name[lang] = text.trim();
  }
  return name;
}

/** A code that names a unit which should exist: looked up (unknown: a 404 or 422), not judged by the pattern. */
function checkRef(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_REF) {
    throw invalidInput(path, message('units.codeRequired', { maxRef: MAX_REF }));
  }
  return value;
}

function checkParent(value: unknown, path: string): string | null {
  return value === null ? null : checkRef(value, path);
}

function requireObject(input: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(input)) throw invalidInput(path, message('units.requestMustObject'));
  return input;
}

/** A new unit as given (by the API, the CLI or a unit file at `path`), checked field by field. */
export function checkNewUnit(input: unknown, path = ''): NewUnit {
  const o = requireObject(input, path);
  return {
    code: checkCode(o.code, `${path}/code`),
    parentCode: checkParent(o.parentCode ?? null, `${path}/parentCode`),
    kind: checkKind(o.kind, `${path}/kind`),
    name: checkName(o.name, `${path}/name`),
  };
}

// ---- refusals ----------------------------------------------------------------------------------------------

const unitNotFound = (code: string) =>
  serviceError('UNIT_NOT_FOUND', 404, message('units.unitNotFound', { code }), {
    path: '/code',
  });

/** A unit the input names (a parent, a successor) that does not exist. */
export const unitUnknown = (code: string, path: string) =>
  serviceError('UNIT_UNKNOWN', 422, message('units.unitNotFound', { code }), { path });

const unitMerged = (row: UnitRow, path: string) =>
  serviceError(
    'UNIT_MERGED',
    409,
    message('units.unitMerged', {
      code: row.code,
      mergedInto: String(row.mergedInto),
      mergedAt: String(at(row.mergedAt)),
    }),
    { path, details: { mergedInto: row.mergedInto, mergedAt: at(row.mergedAt) } },
  );

const cycle = (text: Localized, path: string) => serviceError('UNIT_CYCLE', 422, text, { path });

// ---- the tree ----------------------------------------------------------------------------------------------

function requireSystemAdmin(ctx: ServiceContext): string {
  return requireAnyRole(ctx, ['system_admin']).userId;
}

function inForce(row: UnitRow, t: number): boolean {
  return row.mergedAt !== null && row.mergedAt <= t;
}

/** A unit the input names, which must exist and not be merged at `t`. */
function live(units: ReadonlyMap<string, UnitRow>, code: string, path: string, t: number): UnitRow {
  const row = units.get(code);
  if (!row) throw unitUnknown(code, path);
  if (inForce(row, t)) throw unitMerged(row, path);
  return row;
}

/** Whether `target` is `from`, or is reached from it through parents and mergers (recorded, in force or not). */
function reaches(units: ReadonlyMap<string, UnitRow>, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const code = stack.pop()!;
    if (code === target) return true;
    if (seen.has(code)) continue;
    seen.add(code);
    const row = units.get(code);
    if (row?.parentCode) stack.push(row.parentCode);
    if (row?.mergedInto) stack.push(row.mergedInto);
  }
  return false;
}

/** Every unit, by code, as the tree stands at `at` (default: now), e.g. `at` after a merger to come. */
export async function listUnits(
  store: Store,
  ctx: ServiceContext,
  input: { at?: string } = {},
): Promise<{ at: string; items: UnitView[] }> {
  const t = input.at === undefined ? ctx.now : parseInstant(input.at);
  if (t === undefined) {
    throw invalidInput('/at', message('units.atMustIso8601'));
  }
  const rows = await store.listUnits();
  const units = byCode(rows);
  return { at: at(t), items: rows.map((row) => view(units, row, t)) };
}

/** One unit, and the units merged into it (in force or to come). */
export async function getUnit(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<UnitView & { mergedFrom: { code: string; at: string }[] }> {
  const rows = await store.listUnits();
  const units = byCode(rows);
  const row = units.get(input.code);
  if (!row) throw unitNotFound(input.code);
  const mergedFrom = rows
    .filter((r) => r.mergedInto === row.code)
    .map((r) => ({ code: r.code, at: at(r.mergedAt!) }));
  return { ...view(units, row, ctx.now), mergedFrom };
}

export async function createUnit(store: Store, ctx: ServiceContext, input: NewUnit): Promise<UnitView> {
  const actorId = requireSystemAdmin(ctx);
  const unit = checkNewUnit(input);
  return changeUnits(store, (rows) => {
    const units = byCode(rows);
    if (units.has(unit.code)) {
      throw serviceError('UNIT_EXISTS', 409, message('units.unitExists', { code: unit.code }), {
        path: '/code',
      });
    }
    if (unit.parentCode !== null) live(units, unit.parentCode, '/parentCode', ctx.now);
    const row: UnitRow = {
      code: unit.code,
      parentCode: unit.parentCode,
      kind: unit.kind,
      nameVi: unit.name.vi,
      nameEn: unit.name.en,
      createdAt: ctx.now,
      mergedInto: null,
      mergedAt: null,
    };
    units.set(row.code, row);
    return {
      rows: [row],
      audit: [
        {
          at: ctx.now,
          actorId,
          action: 'unit.create',
          target: `unit:${row.code}`,
          payload: { parentCode: unit.parentCode, kind: unit.kind, name: unit.name },
        },
      ],
      result: view(units, row, ctx.now),
    };
  });
}

/** Renames, re-kinds or moves a unit; what does not change is left alone (no change: no audit entry). */
export async function updateUnit(store: Store, ctx: ServiceContext, input: UnitUpdate): Promise<UnitView> {
  const actorId = requireSystemAdmin(ctx);
  const o = requireObject(input, '');
  const code = checkRef(o.code, '/code');
  const name = o.name === undefined ? undefined : checkName(o.name, '/name');
  const kind = o.kind === undefined ? undefined : checkKind(o.kind, '/kind');
  const parentCode = o.parentCode === undefined ? undefined : checkParent(o.parentCode, '/parentCode');
  if (name === undefined && kind === undefined && parentCode === undefined) {
    throw invalidInput('', message('units.giveAtLeastOne'));
  }
  return changeUnits(store, (rows) => {
    const units = byCode(rows);
    const row = units.get(code);
    if (!row) throw unitNotFound(code);
    if (inForce(row, ctx.now)) throw unitMerged(row, '/code');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const next = { ...row };
    if (name && (name.vi !== row.nameVi || name.en !== row.nameEn)) {
      changes.name = { from: { vi: row.nameVi, en: row.nameEn }, to: name };
      next.nameVi = name.vi;
      next.nameEn = name.en;
    }
    if (kind !== undefined && kind !== row.kind) {
      changes.kind = { from: row.kind, to: kind };
      next.kind = kind;
    }
    if (parentCode !== undefined && parentCode !== row.parentCode) {
      if (parentCode !== null) {
        live(units, parentCode, '/parentCode', ctx.now);
        if (reaches(units, parentCode, code)) {
          throw cycle(message('units.moveCycle', { code, parentCode }), '/parentCode');
        }
      }
      changes.parentCode = { from: row.parentCode, to: parentCode };
      next.parentCode = parentCode;
    }
    units.set(code, next);
    const changed = Object.keys(changes).length > 0;
    return {
      rows: changed ? [next] : [],
      audit: changed
        ? [{ at: ctx.now, actorId, action: 'unit.update', target: `unit:${code}`, payload: { changes } }]
        : [],
      result: view(units, next, ctx.now),
    };
  });
}

/**
 * Records that a unit merges into another from an instant (past, or to come). Refused: a unit into itself, a unit
 * with a merger already, into a unit merged by then (merge into its successor), or into a unit that lies under
 * the merged one or merges into it (a cycle).
 */
export async function mergeUnit(store: Store, ctx: ServiceContext, input: UnitMerger): Promise<UnitView> {
  const actorId = requireSystemAdmin(ctx);
  const o = requireObject(input, '');
  const code = checkRef(o.code, '/code');
  const into = checkRef(o.into, '/into');
  const effective = typeof o.effectiveAt === 'string' ? parseInstant(o.effectiveAt) : undefined;
  if (effective === undefined) {
    throw invalidInput('/effectiveAt', message('units.effectiveatMustIso8601'));
  }
  if (code === into) {
    throw serviceError('UNIT_MERGE_SELF', 422, message('units.unitMergeSelf'), { path: '/into' });
  }
  return changeUnits(store, (rows) => {
    const units = byCode(rows);
    const row = units.get(code);
    if (!row) throw unitNotFound(code);
    if (row.mergedInto !== null) {
      throw serviceError(
        'UNIT_ALREADY_MERGED',
        409,
        message('units.unitAlreadyMerged', {
          code,
          mergedInto: String(row.mergedInto),
          mergedAt: String(at(row.mergedAt)),
        }),
        { path: '/code', details: { mergedInto: row.mergedInto, mergedAt: at(row.mergedAt) } },
      );
    }
    live(units, into, '/into', effective);
    if (reaches(units, into, code)) {
      throw cycle(message('units.mergeCycle', { code, into }), '/into');
    }
    const next: UnitRow = { ...row, mergedInto: into, mergedAt: effective };
    units.set(code, next);
    return {
      rows: [next],
      audit: [
        {
          at: ctx.now,
          actorId,
          action: 'unit.merge',
          target: `unit:${code}`,
          payload: { into, effectiveAt: at(effective) },
        },
      ],
      result: view(units, next, ctx.now),
    };
  });
}
