/** A citizen's drafts of applications, kept by the server so that they can be resumed on another device. */
import { AttachmentFile } from './attachments.ts';
import { AnyObject, Code, Instant, Localized, Page, Type, text, type Static } from './common.ts';

/** Counts the saves of a draft (an integer column in both databases). */
const revision = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: 2_147_483_647, ...(description ? { description } : {}) });

export const DraftInput = Type.Object({ code: Code }, { additionalProperties: false });

export const SaveDraftInput = Type.Object(
  {
    code: Code,
    data: AnyObject('The form answers so far, as the form holds them: they may be incomplete or invalid.'),
    attachments: Type.Optional(
      Type.Array(text(64), {
        maxItems: 100,
        description: 'Ids of files the caller uploaded for this application (POST /attachments).',
      }),
    ),
    revision: Type.Optional(
      revision(
        'The revision this save replaces (from the last get or save). If another device saved since, or the ' +
          'draft is gone (submitted, discarded), the answer is 409 DRAFT_CHANGED. Leave out to replace anything.',
      ),
    ),
  },
  { additionalProperties: false },
);
export type SaveDraftInput = Static<typeof SaveDraftInput>;

export const SavedDraft = Type.Object({ revision: revision(), updatedAt: Instant });

export const Draft = Type.Object({
  procedureCode: Type.String(),
  versionId: Type.String({ description: 'The version live when the draft was last saved' }),
  data: AnyObject('The form answers as last saved'),
  attachments: Type.Array(AttachmentFile, {
    description: 'The draft’s files that can still be handed in (yours, in no dossier yet)',
  }),
  revision: revision(),
  updatedAt: Instant,
});

export const MyDrafts = Page(
  Type.Object({
    procedureCode: Type.String(),
    procedureName: Localized,
    live: Type.Boolean({ description: 'The procedure takes dossiers now: the draft can be resumed' }),
    versionId: Type.String(),
    revision: revision(),
    updatedAt: Instant,
  }),
);
