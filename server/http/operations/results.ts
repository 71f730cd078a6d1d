/** The e-result's public verification page and the check of a copy; the applicant's rating of the service. */
import {
  CheckAnswer,
  CheckInput,
  Rated,
  RatingInput,
  TokenInput,
  VerifiedResult,
} from '../../contracts/results.ts';
import { checkResult, rateService, verifyResult } from '../../services/index.ts';
import { throttled } from '../lookup.ts';
import { mutation, query } from './operation.ts';

const tags = ['results'];
const verifyErrors = {
  '404': 'RESULT_NOT_FOUND: no result was issued under this token (the copy is not genuine)',
  '429': 'TOO_MANY_LOOKUPS: wait Retry-After seconds',
};
const verifyMiss = (token: string) => ({
  code: 'RESULT_NOT_FOUND',
  action: 'result.verify_miss',
  target: token,
});

export const results = {
  verify: query({
    summary: 'Xác thực kết quả giải quyết / Verify an e-result',
    description:
      'What the QR code of a result opens: whether a result was issued under the token, and what it is (procedure, ' +
      'dossier code, issuing unit, date, SHA-256 of the file), without personal data. Throttled per client ' +
      'address like the public dossier lookup; tokens that match nothing count apart and are audited.',
    tags,
    access: 'public',
    input: TokenInput,
    output: VerifiedResult,
    rest: { method: 'GET', path: '/verify/:token' },
    errors: verifyErrors,
    run: ({ deps, request, reply }, input) =>
      throttled(deps, request, reply, (ctx) => verifyResult(deps.store, ctx, input), verifyMiss(input.token)),
  }),

  check: mutation({
    summary: 'Đối chiếu bản kết quả / Check a copy of an e-result',
    description:
      'Whether a copy is the very file issued under the token, by its SHA-256. To send the file itself, POST it to ' +
      '/verify/{token}/file. Throttled like GET /verify/{token}.',
    tags,
    access: 'public',
    input: CheckInput,
    output: CheckAnswer,
    rest: { method: 'POST', path: '/verify/:token', status: 200 },
    errors: verifyErrors,
    run: ({ deps, request, reply }, input) =>
      throttled(deps, request, reply, (ctx) => checkResult(deps.store, ctx, input), verifyMiss(input.token)),
  }),

  rate: mutation({
    summary: 'Đánh giá sự hài lòng / Rate the service',
    description:
      'The applicant rates the service once the result is issued: a score from 1 to 5 and an optional comment, ' +
      'once per dossier. Officers read it in the dossier’s details.',
    tags,
    access: 'session',
    input: RatingInput,
    output: Rated,
    rest: { method: 'POST', path: '/dossiers/:code/rating', status: 201 },
    errors: {
      '403': 'FORBIDDEN: only the applicant rates',
      '404': 'DOSSIER_NOT_FOUND',
      '409': 'RATING_BEFORE_RESULT, RATING_ALREADY_GIVEN',
    },
    run: ({ deps, ctx }, input) => rateService(deps.store, ctx, input),
  }),
};
