/** The public catalogue, and the procedure lifecycle: drafts, review, publishing, versions and bundles. */
import { LEVELS } from '../../runtime/engine/index.ts';
import {
  Code,
  Definition,
  DraftDefinition,
  Instant,
  Localized,
  Page,
  Problem,
  Type,
  localizedText,
  nullable,
  paging,
  text,
  type Static,
} from './common.ts';

export const Level = Type.Enum(LEVELS);

export const CatalogueInput = Type.Object(
  {
    q: Type.Optional(
      text(200, 0, { description: 'Words to find; case and Vietnamese diacritics are ignored.' }),
    ),
    sector: Type.Optional(text(64)),
    unit: Type.Optional(text(64)),
    level: Type.Optional(Level),
    ...paging,
  },
  { additionalProperties: false },
);
export type CatalogueInput = Static<typeof CatalogueInput>;

export const CatalogueEntry = Type.Object({
  code: Type.String(),
  name: Localized,
  sector: Type.String(),
  unit: Type.String(),
  level: Type.String(),
  versionId: Type.String(),
});

export const Catalogue = Page(CatalogueEntry);

export const LiveProcedure = Type.Intersect([
  CatalogueEntry,
  Type.Object({ definition: Definition('The live definition (schemas/procedure.schema.json)') }),
]);

// ---- versions ---------------------------------------------------------------------------------------------

export const VERSION_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'published',
  'retired',
] as const;
export const VersionStatus = Type.Enum(VERSION_STATUSES);

export const DesignListInput = Type.Object(
  {
    ...CatalogueInput.properties,
    status: Type.Optional(
      Type.Enum(VERSION_STATUSES, {
        description: 'Only procedures with a version in this state (submitted: waiting for approval).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DesignListInput = Static<typeof DesignListInput>;

export const VersionId = text(64, 1, { pattern: '^[A-Za-z0-9._-]+$', description: 'Procedure version id' });
export const VersionInput = Type.Object({ id: VersionId });

export const VersionInfo = Type.Object({
  id: Type.String(),
  procedureCode: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  status: VersionStatus,
  live: Type.Boolean({ description: 'Whether new dossiers use this version now' }),
  name: Localized,
  contentHash: Type.String(),
  basedOn: nullable(Type.String()),
  authorId: Type.String(),
  reviewerId: nullable(Type.String()),
  problems: Type.Array(Problem, { description: 'Lint problems when last saved' }),
  comments: Type.Array(
    Type.Object({
      at: Instant,
      by: Type.String(),
      text: Type.String(),
      verdict: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('rejected')])),
    }),
  ),
  createdAt: Instant,
  updatedAt: Instant,
  submittedAt: nullable(Instant),
  reviewedAt: nullable(Instant),
  publishedAt: nullable(Instant),
  retiredAt: nullable(Instant),
});
export type VersionInfo = Static<typeof VersionInfo>;

export const VersionWithDefinition = Type.Intersect([
  VersionInfo,
  Type.Object({ definition: Definition('The version’s definition') }),
]);

export const VersionList = Type.Object({ code: Type.String(), items: Type.Array(VersionInfo) });

export const DesignEntry = Type.Object({
  code: Type.String(),
  name: Localized,
  sector: Type.String(),
  unit: Type.String(),
  level: Type.String(),
  liveVersionId: nullable(Type.String()),
  versions: Type.Array(
    Type.Object({
      id: Type.String(),
      version: Type.Integer(),
      status: VersionStatus,
      live: Type.Boolean(),
      updatedAt: Instant,
    }),
  ),
});
export type DesignEntry = Static<typeof DesignEntry>;

const FacetCounts = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer({ minimum: 1 }) }), {
  description: 'Each value with how many procedures have it; the other filters apply, this one does not',
});

export const DesignFacets = Type.Object(
  {
    sectors: FacetCounts,
    units: FacetCounts,
    levels: FacetCounts,
    submitted: Type.Integer({
      minimum: 0,
      description: 'How many procedures have a version waiting for approval; the other filters apply',
    }),
  },
  { description: 'The choices of the filters among the procedures matching `q`' },
);
export type DesignFacets = Static<typeof DesignFacets>;

export const DesignList = Type.Intersect([Page(DesignEntry), Type.Object({ facets: DesignFacets })]);

const ProcedureCode = text(40, 1, { pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$' });

const definition = (description: string) =>
  Type.Object({ code: ProcedureCode }, { additionalProperties: true, description });

export const NewDraftInput = Type.Object(
  {
    definition: Type.Optional(
      definition(
        'A procedure definition built in the designer (schemas/procedure.schema.json); it may still have lint ' +
          'problems.',
      ),
    ),
    fromVersion: Type.Optional({ ...VersionId, description: 'Copy this version into a new draft.' }),
    bundle: Type.Optional(
      Type.Unknown({
        description:
          'An exported bundle {format: "motcua.procedure-bundle", version: 1, definition}, as an object or as ' +
          'JSON text.',
      }),
    ),
    scratch: Type.Optional(
      Type.Object(
        {
          code: ProcedureCode,
          name: localizedText(400),
          sector: text(64),
          unit: text(64),
          level: Type.Optional(Level),
        },
        {
          additionalProperties: false,
          description: 'A new procedure from a minimal skeleton (reception, then the end).',
        },
      ),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
    description:
      'Exactly one of: definition (from scratch), fromVersion (a copy), bundle (an import), scratch.',
  },
);
export type NewDraftInput = Static<typeof NewDraftInput>;

export const SaveDraftInput = Type.Object(
  {
    id: VersionId,
    definition: DraftDefinition(
      'A procedure definition (schemas/procedure.schema.json). A draft may be incomplete or invalid: the lint ' +
        'problems come back with the answer.',
    ),
    baseHash: Type.Optional(
      Type.String({
        pattern: '^[0-9a-f]{64}$',
        description:
          'The contentHash of the draft the editor last saw: a draft saved elsewhere since is 409 DRAFT_CONFLICT.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SaveDraftInput = Static<typeof SaveDraftInput>;

export const SavedDraft = Type.Object({
  version: VersionInfo,
  problems: Type.Array(Problem, { description: 'Empty when the draft is clean' }),
});

export const ApproveInput = Type.Object(
  { id: VersionId, comment: Type.Optional(text(4000, 0, { description: 'Kept with the version.' })) },
  { additionalProperties: false },
);

export const RejectInput = Type.Object(
  { id: VersionId, comment: text(4000, 1, { description: 'The reasons; kept with the version.' }) },
  { additionalProperties: false },
);

export const DiffInput = Type.Object({
  id: { ...VersionId, description: 'The version to compare from' },
  otherId: { ...VersionId, description: 'The version to compare to' },
});

const Changes = Type.Object({
  added: Type.Array(Type.Unknown()),
  removed: Type.Array(Type.Unknown()),
  changed: Type.Array(Type.Object({ id: Type.String(), from: Type.Unknown(), to: Type.Unknown() })),
});

export const VersionDiff = Type.Object({
  nodes: Changes,
  edges: Changes,
  fields: { ...Changes, description: 'Form fields by JSON pointer ("/owner/fullName"; array items "/*")' },
  components: Changes,
  fees: Changes,
  processingTime: nullable(Type.Object({ from: Type.Unknown(), to: Type.Unknown() })),
  identical: Type.Boolean(),
});
export type VersionDiff = Static<typeof VersionDiff>;

export const Bundle = Type.Object({
  format: Type.Literal('motcua.procedure-bundle'),
  version: Type.Literal(1),
  definition: Definition('The procedure definition'),
});

export const ExportedBundle = Type.Object({ bundle: Bundle, filename: Type.String() });

export { Code };
