/** The citizen's personal data store (vault): files handed in with earlier dossiers, and their reuse. */
import { Code, Id, Instant, Localized, Page, Type, nullable, text, type Static } from './common.ts';

export const MyDocuments = Page(
  Type.Object({
    id: Type.String({ description: 'Reuse it with POST /attachments/{id}/reuse' }),
    fileName: Type.String(),
    size: Type.Integer({ description: 'Bytes' }),
    mediaType: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    componentId: Type.String(),
    componentName: nullable(Localized),
    dossierCode: Type.String(),
    procedureCode: Type.String(),
    procedureName: Localized,
    uploadedAt: Instant,
  }),
);

export const ReuseInput = Type.Object(
  {
    id: Id,
    componentId: text(64, 1, {
      pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
      description: 'The component of the new application the document stands for',
    }),
    procedureCode: Code,
  },
  { additionalProperties: false },
);
export type ReuseInput = Static<typeof ReuseInput>;
