/**
 * The applicant rates the service once the result is issued (DOMAIN §8 satisfaction; seed: Nghệ An Art. 9.4):
 * a score from 1 to 5 and an optional comment, once per dossier, read by the officers in the dossier's details.
 */
import { insertRating } from '../store/ratings.ts';
import { unitChain, type RatingRow, type Store } from '../store/index.ts';
import { forbidden, serviceError } from '../errors.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { loadDossier } from './dossier-access.ts';
import { at } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface RatingInput {
  code: string;
  score: number;
  comment?: string;
}

export function ratingView(row: RatingRow) {
  return { score: row.score, comment: row.comment, ratedAt: at(row.ratedAt) };
}

export async function rateService(store: Store, ctx: ServiceContext, input: RatingInput) {
  const actor = requireActor(ctx);
  const row = await loadDossier(store, input.code);
  if (row.applicantId === null || row.applicantId !== actor.userId) {
    throw forbidden(message('ratings.onlyApplicantMayRate'));
  }
  if (row.state.resultAt === undefined) {
    throw serviceError('RATING_BEFORE_RESULT', 409, message('ratings.ratingBeforeResult'), { path: '/code' });
  }
  const comment = input.comment?.trim() || null;
  const rating: RatingRow = {
    dossierId: row.id,
    score: input.score,
    comment,
    ratedBy: actor.userId,
    ratedAt: ctx.now,
  };
  const recorded = await insertRating(store, rating, {
    chain: unitChain(row.unitCode),
    at: ctx.now,
    actorId: actor.userId,
    action: 'dossier.rate',
    target: row.code,
    payload: { score: input.score },
  });
  if (!recorded) {
    throw serviceError('RATING_ALREADY_GIVEN', 409, message('ratings.ratingAlreadyGiven'), { path: '/code' });
  }
  return { code: row.code, ...ratingView(rating) };
}
