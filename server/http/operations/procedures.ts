/** The public catalogue of procedures and the live version of one. */
import { CodeInput } from '../../contracts/common.ts';
import { Catalogue, CatalogueInput, LiveProcedure } from '../../contracts/procedures.ts';
import { getLiveProcedure, searchCatalogue } from '../../services/index.ts';
import { query } from './operation.ts';

const tags = ['procedures'];

export const procedures = {
  search: query({
    summary: 'Danh mục thủ tục / The procedure catalogue',
    description: 'Live procedures; `q` ignores case and Vietnamese diacritics ("dang ky" finds "Đăng ký").',
    tags,
    access: 'public',
    input: CatalogueInput,
    output: Catalogue,
    rest: { method: 'GET', path: '/procedures' },
    run: ({ deps, ctx }, input) => searchCatalogue(deps.store, ctx, input),
  }),

  live: query({
    summary: 'Phiên bản đang áp dụng / The live version',
    description: 'The catalogue entry with its definition.',
    tags,
    access: 'public',
    input: CodeInput,
    output: LiveProcedure,
    rest: { method: 'GET', path: '/procedures/:code' },
    errors: { '404': 'PROCEDURE_NOT_FOUND, PROCEDURE_NOT_LIVE' },
    run: ({ deps, ctx }, input) => getLiveProcedure(deps.store, ctx, input),
  }),
};
