/** The unit tree: read by anyone, changed by the system admin (create, rename, move, merge). */
import { Code, Instant, Localized, Type, localizedText, nullable, text, type Static } from './common.ts';

/** A unit named to be found: as the other codes of the API. */
const UnitCode = { ...Code, examples: ['000.00.23.H41'] };

/** A new unit's code: it goes into dossier codes (`<unit>-YYMMDD-NNNN`), so no dash. */
const NewCode = text(40, 1, { pattern: '^[A-Za-z0-9][A-Za-z0-9._]*$', examples: ['000.00.23.H41'] });
const Kind = text(32, 1, { pattern: '^[a-z][a-z_]*$', examples: ['commune'] });
const When = text(40, 1, {
  description: 'ISO-8601 instant, or a date (from 00:00 Vietnam time)',
  examples: ['2025-07-01'],
});

export const UnitsInput = Type.Object(
  {
    at: Type.Optional({ ...When, description: 'Show the tree as it stands at this instant (default: now).' }),
  },
  { additionalProperties: false },
);

export const UnitInput = Type.Object({ code: UnitCode });

export const NewUnitInput = Type.Object(
  {
    code: NewCode,
    parentCode: Type.Union([UnitCode, Type.Null()], { description: 'null: a root (a province)' }),
    kind: Kind,
    name: localizedText(200),
  },
  { additionalProperties: false },
);
export type NewUnitInput = Static<typeof NewUnitInput>;

export const UnitPatchInput = Type.Object(
  {
    code: UnitCode,
    name: Type.Optional({ ...localizedText(200), description: 'Rename.' }),
    kind: Type.Optional(Kind),
    parentCode: Type.Optional(
      Type.Union([UnitCode, Type.Null()], { description: 'Move under this unit (null: a root).' }),
    ),
  },
  { additionalProperties: false, minProperties: 2 },
);

export const MergeInput = Type.Object(
  {
    code: UnitCode,
    into: { ...UnitCode, description: 'The successor.' },
    effectiveAt: { ...When, description: 'From when the successor carries the unit’s work.' },
  },
  { additionalProperties: false },
);

export const UnitView = Type.Object({
  code: Type.String(),
  parentCode: nullable(Type.String({ description: 'The parent in force (a merged one: its successor)' })),
  kind: Type.String(),
  name: Localized,
  createdAt: Instant,
  merger: nullable(Type.Object({ into: Type.String(), at: Instant }, { description: 'The merger recorded' })),
  successor: Type.String({ description: 'Who carries the unit’s work now (itself unless merged)' }),
});

export const UnitTree = Type.Object({ at: Instant, items: Type.Array(UnitView) });

export const UnitWithMergers = Type.Intersect([
  UnitView,
  Type.Object({ mergedFrom: Type.Array(Type.Object({ code: Type.String(), at: Instant })) }),
]);
