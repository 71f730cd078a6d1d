/**
 * The unit tree: anyone reads it (the public directory of agencies); the system admin creates, renames, moves and
 * merges units (services/units.ts: a merger takes effect at its date and rewrites no dossier).
 */
import {
  MergeInput,
  NewUnitInput,
  UnitInput,
  UnitPatchInput,
  UnitTree,
  UnitView,
  UnitWithMergers,
  UnitsInput,
} from '../../contracts/units.ts';
import { createUnit, getUnit, listUnits, mergeUnit, updateUnit } from '../../services/index.ts';
import { mutation, query } from './operation.ts';

const tags = ['units'];

const refusals = {
  '403': 'FORBIDDEN: system admin only',
  '404': 'UNIT_NOT_FOUND',
  '409': 'UNIT_EXISTS, UNIT_MERGED (use its successor), UNIT_ALREADY_MERGED',
  '422': 'UNIT_UNKNOWN (a parent or successor), UNIT_CYCLE, UNIT_MERGE_SELF',
};

export const units = {
  list: query({
    summary: 'Cây đơn vị / The unit tree',
    tags,
    access: 'public',
    input: UnitsInput,
    output: UnitTree,
    rest: { method: 'GET', path: '/units' },
    run: ({ deps, ctx }, input) => listUnits(deps.store, ctx, input),
  }),

  get: query({
    summary: 'Một đơn vị / One unit',
    description: 'The unit, and the units merged into it (in force or to come).',
    tags,
    access: 'public',
    input: UnitInput,
    output: UnitWithMergers,
    rest: { method: 'GET', path: '/units/:code' },
    errors: { '404': refusals['404'] },
    run: ({ deps, ctx }, input) => getUnit(deps.store, ctx, input),
  }),

  create: mutation({
    summary: 'Tạo đơn vị / Create a unit',
    description: 'System admin only.',
    tags,
    access: 'session',
    input: NewUnitInput,
    output: UnitView,
    rest: { method: 'POST', path: '/units', status: 201 },
    errors: refusals,
    run: ({ deps, ctx }, input) => createUnit(deps.store, ctx, input),
  }),

  update: mutation({
    summary: 'Đổi tên, chuyển đơn vị / Rename or move a unit',
    description: 'System admin only. A merged unit is history: it is not changed.',
    tags,
    access: 'session',
    input: UnitPatchInput,
    output: UnitView,
    rest: { method: 'PATCH', path: '/units/:code' },
    errors: refusals,
    run: ({ deps, ctx }, input) => updateUnit(deps.store, ctx, input),
  }),

  merge: mutation({
    summary: 'Sáp nhập đơn vị / Merge a unit into another',
    description:
      'System admin only. From `effectiveAt` the successor’s officers see and work the unit’s open dossiers, the ' +
      'unit’s own officers work in the successor, and dossiers addressed to it go to the successor; dossiers keep ' +
      'the unit that received them. Nothing changes before that instant.',
    tags,
    access: 'session',
    input: MergeInput,
    output: UnitView,
    rest: { method: 'POST', path: '/units/:code/merge' },
    errors: refusals,
    run: ({ deps, ctx }, input) => mergeUnit(deps.store, ctx, input),
  }),
};
