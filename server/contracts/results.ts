/** The e-result's public verification, and the applicant's rating of the service. */
import { Code, Instant, Localized, Type, text, type Static } from './common.ts';
import { Rating } from './dossiers.ts';

const Sha256 = Type.String({ pattern: '^[0-9a-fA-F]{64}$', description: 'SHA-256, hex' });

export const TokenInput = Type.Object(
  { token: text(64, 1, { pattern: '^[A-Za-z0-9_-]+$', description: 'The token in the result’s QR code' }) },
  { additionalProperties: false },
);

export const VerifiedResult = Type.Object({
  genuine: Type.Literal(true),
  code: Type.String({ description: 'The dossier code' }),
  procedure: Type.Object({ code: Type.String(), name: Localized }),
  document: Localized,
  issuedAt: Instant,
  unit: Type.Object({ code: Type.String(), name: Localized }, { description: 'The issuing unit' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the file issued' }),
});

export const CheckInput = Type.Object(
  { token: TokenInput.properties.token, sha256: Sha256 },
  { additionalProperties: false },
);

export const CheckAnswer = Type.Object({
  matches: Type.Boolean({ description: 'Whether the copy is the very file issued' }),
  sha256: Type.String({ description: 'SHA-256 of the file issued' }),
});
export type CheckAnswer = Static<typeof CheckAnswer>;

export const RatingInput = Type.Object(
  {
    code: Code,
    score: Type.Integer({
      minimum: 1,
      maximum: 5,
      description: '1 (very unsatisfied) to 5 (very satisfied)',
    }),
    comment: Type.Optional(text(2000, 0)),
  },
  { additionalProperties: false },
);

export const Rated = Type.Object({ code: Type.String(), ...Rating.properties });
