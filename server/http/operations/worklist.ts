/** The officer's worklist: open tasks of their units and roles, sorted by due time. */
import { Worklist, WorklistInput } from '../../contracts/dossiers.ts';
import { worklist as worklistOf } from '../../services/index.ts';
import { query } from './operation.ts';

export const worklist = {
  list: query({
    summary: 'Danh sách công việc / Worklist',
    description:
      'Open tasks of the caller’s units and roles, soonest due first (no due time last). total is exact up to ' +
      'max(1000, offset + limit); beyond that it is that number and totalCapped is true ("1000+").',
    tags: ['dossiers'],
    access: 'session',
    input: WorklistInput,
    output: Worklist,
    rest: { method: 'GET', path: '/worklist' },
    errors: { '403': 'FORBIDDEN: the caller holds no matching officer role' },
    run: ({ deps, ctx }, input) => worklistOf(deps.store, ctx, input),
  }),
};
