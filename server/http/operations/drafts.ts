/** The citizen's drafts of applications: saved as the e-form is filled, resumed on another device. */
import { Done } from '../../contracts/common.ts';
import { PageInput } from '../../contracts/dossiers.ts';
import { Draft, DraftInput, MyDrafts, SavedDraft, SaveDraftInput } from '../../contracts/drafts.ts';
import { discardMyDraft, getMyDraft, myDrafts, saveMyDraft } from '../../services/drafts.ts';
import { mutation, query } from './operation.ts';

const tags = ['dossiers'];
const citizensOnly = { '403': 'FORBIDDEN: drafts are for citizens (applicants)' };

export const drafts = {
  get: query({
    summary: 'Bản nháp hồ sơ của tôi / My draft application',
    description:
      'The caller’s draft of a procedure’s application: form answers, files, and the revision to save over.',
    tags,
    access: 'session',
    input: DraftInput,
    output: Draft,
    rest: { method: 'GET', path: '/me/drafts/:code' },
    errors: { ...citizensOnly, '404': 'DRAFT_NOT_FOUND' },
    run: ({ deps, ctx }, input) => getMyDraft(deps.store, ctx, input),
  }),

  save: mutation({
    summary: 'Lưu bản nháp hồ sơ / Save my draft application',
    description:
      'Creates or replaces the caller’s draft of a live procedure. Send the revision of the last get or save: ' +
      'if another device saved since, nothing is written and the answer is 409 DRAFT_CHANGED with ' +
      '`details.currentRevision`. Submitting the procedure removes the draft.',
    tags,
    access: 'session',
    input: SaveDraftInput,
    output: SavedDraft,
    rest: { method: 'PUT', path: '/me/drafts/:code' },
    errors: {
      ...citizensOnly,
      '404': 'PROCEDURE_NOT_FOUND, PROCEDURE_NOT_LIVE',
      '409':
        'DRAFT_CHANGED (details.currentRevision, null when the draft is gone), ATTACHMENT_ALREADY_SUBMITTED',
      '413': 'DRAFT_TOO_LARGE: the form data is over 256 KiB as JSON',
      '422': 'PROCEDURE_INFO_ONLY, ATTACHMENT_NOT_FOUND, ATTACHMENT_DOES_NOT_FIT',
    },
    run: ({ deps, ctx }, input) => saveMyDraft(deps.store, ctx, input),
  }),

  discard: mutation({
    summary: 'Xóa bản nháp hồ sơ / Discard my draft application',
    description: 'Removes the caller’s draft of the procedure; one that is gone already is no error.',
    tags,
    access: 'session',
    input: DraftInput,
    output: Done,
    rest: { method: 'DELETE', path: '/me/drafts/:code', status: 204 },
    errors: citizensOnly,
    run: ({ deps, ctx }, input) => discardMyDraft(deps.store, ctx, input),
  }),

  list: query({
    summary: 'Các bản nháp hồ sơ của tôi / My draft applications',
    description:
      'The caller’s drafts, last saved first, with the procedure’s name and whether it still takes dossiers.',
    tags,
    access: 'session',
    input: PageInput,
    output: MyDrafts,
    rest: { method: 'GET', path: '/me/drafts' },
    errors: citizensOnly,
    run: ({ deps, ctx }, input) => myDrafts(deps.store, ctx, input),
  }),
};
