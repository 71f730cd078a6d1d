/**
 * JSON Schemas of the procedure lifecycle, calendar and dossier-history routes: request shapes (validated, REST
 * and tRPC alike) and response shapes (documented in OpenAPI; the tests check real answers against them).
 */
import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import { localized, text } from './schemas.ts';

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const instant = { type: 'string', description: 'ISO 8601 in Vietnam time, e.g. 2026-11-23T09:00:00+07:00' };
const slipTime = {
  type: 'string',
  pattern: '^\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}$',
  examples: ['09:30 23/11/2026'],
};

// ---- requests --------------------------------------------------------------------------------------------

const procedureCode = {
  type: 'string',
  minLength: 1,
  maxLength: 40,
  pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$',
};

export const versionParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { ...text(64), pattern: '^[A-Za-z0-9._-]+$', description: 'Procedure version id' } },
} as const;

export const diffParams = {
  type: 'object',
  required: ['id', 'otherId'],
  properties: {
    id: { ...versionParams.properties.id, description: 'The version to compare from' },
    otherId: { ...versionParams.properties.id, description: 'The version to compare to' },
  },
} as const;

const definition = {
  type: 'object',
  description:
    'A procedure definition (schemas/procedure.schema.json). A draft may be incomplete or invalid: the lint ' +
    'problems come back with the answer.',
} as const;

export const newDraftBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  description:
    'Exactly one of: definition (from scratch), fromVersion (a copy), bundle (an import), scratch.',
  properties: {
    definition: { ...definition, required: ['code'], properties: { code: procedureCode } },
    fromVersion: { ...versionParams.properties.id, description: 'Copy this version into a new draft.' },
    bundle: {
      description:
        'An exported bundle {format: "motcua.procedure-bundle", version: 1, definition}, as an object or as ' +
        'JSON text.',
    },
    scratch: {
      type: 'object',
      description: 'A new procedure from a minimal skeleton (reception, then the end).',
      required: ['code', 'name', 'sector', 'unit'],
      additionalProperties: false,
      properties: {
        code: procedureCode,
        name: { ...localized, additionalProperties: false },
        sector: text(64),
        unit: text(64),
        level: { enum: ['full_online', 'partial_online', 'info_only'] },
      },
    },
  },
} as const;

export const saveDraftBody = {
  type: 'object',
  required: ['definition'],
  additionalProperties: false,
  properties: { definition },
} as const;

export const approveBody = {
  type: 'object',
  additionalProperties: false,
  properties: { comment: { ...text(4000, 0), description: 'Kept with the version.' } },
} as const;

export const rejectBody = {
  type: 'object',
  required: ['comment'],
  additionalProperties: false,
  properties: { comment: { ...text(4000), description: 'The reasons; kept with the version.' } },
} as const;

/** `$ref: "#/$defs/…"` would point at the OpenAPI document's root there: the definitions are inlined. */
function inlineRefs(schema: unknown, defs: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, defs));
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $ref, $defs: _defs, $id: _id, $schema: _s, ...rest } = schema as Record<string, unknown>;
  if (typeof $ref === 'string' && $ref.startsWith('#/$defs/')) return inlineRefs(defs[$ref.slice(8)], defs);
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inlineRefs(v, defs)]));
}

/** The calendar spec as documented (the engine's schema, self-contained). */
export const calendarSpec = inlineRefs(calendarSchema, calendarSchema.$defs) as Record<string, unknown>;

/** What PUT /calendar documents: the whole spec. */
export const calendarBody = {
  type: 'object',
  required: ['spec'],
  additionalProperties: false,
  properties: { spec: calendarSpec },
} as const;

/**
 * What PUT /calendar validates itself: the envelope only. The spec is checked by the engine's checkCalendar, so
 * that a wrong calendar is a 422 CALENDAR_INVALID with the engine's path and message.
 */
export const calendarEnvelope = {
  type: 'object',
  required: ['spec'],
  additionalProperties: false,
  properties: { spec: { type: 'object' } },
} as const;

// ---- responses -------------------------------------------------------------------------------------------

const problem = {
  type: 'object',
  required: ['severity', 'code', 'path', 'message'],
  properties: {
    severity: { enum: ['error', 'warning'] },
    code: { type: 'string', examples: ['EDGE_DANGLING'] },
    path: { type: 'string', description: 'JSON pointer into the definition' },
    message: localized,
  },
} as const;

export const versionInfo = {
  type: 'object',
  required: [
    'id',
    'procedureCode',
    'version',
    'status',
    'live',
    'name',
    'contentHash',
    'problems',
    'comments',
  ],
  properties: {
    id: { type: 'string' },
    procedureCode: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    status: { enum: ['draft', 'submitted', 'approved', 'rejected', 'published', 'retired'] },
    live: { type: 'boolean', description: 'Whether new dossiers use this version now' },
    name: localized,
    contentHash: { type: 'string' },
    basedOn: nullable({ type: 'string' }),
    authorId: { type: 'string' },
    reviewerId: nullable({ type: 'string' }),
    problems: { type: 'array', items: problem, description: 'Lint problems when last saved' },
    comments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'by', 'text'],
        properties: {
          at: instant,
          by: { type: 'string' },
          text: { type: 'string' },
          verdict: { enum: ['approved', 'rejected'] },
        },
      },
    },
    createdAt: instant,
    updatedAt: instant,
    submittedAt: nullable(instant),
    reviewedAt: nullable(instant),
    publishedAt: nullable(instant),
    retiredAt: nullable(instant),
  },
} as const;

export const versionWithDefinition = {
  ...versionInfo,
  required: [...versionInfo.required, 'definition'],
  properties: { ...versionInfo.properties, definition: { type: 'object' } },
} as const;

export const savedDraft = {
  type: 'object',
  required: ['version', 'problems'],
  properties: {
    version: versionInfo,
    problems: { type: 'array', items: problem, description: 'Empty when the draft is clean' },
  },
} as const;

export const versionList = {
  type: 'object',
  required: ['code', 'items'],
  properties: { code: { type: 'string' }, items: { type: 'array', items: versionInfo } },
} as const;

const changes = {
  type: 'object',
  required: ['added', 'removed', 'changed'],
  properties: {
    added: { type: 'array' },
    removed: { type: 'array' },
    changed: {
      type: 'array',
      items: { type: 'object', required: ['id', 'from', 'to'], properties: { id: { type: 'string' } } },
    },
  },
} as const;

export const versionDiff = {
  type: 'object',
  required: ['nodes', 'edges', 'fields', 'components', 'fees', 'processingTime', 'identical'],
  properties: {
    nodes: changes,
    edges: changes,
    fields: { ...changes, description: 'Form fields by JSON pointer ("/owner/fullName"; array items "/*")' },
    components: changes,
    fees: changes,
    processingTime: nullable({ type: 'object', required: ['from', 'to'] }),
    identical: { type: 'boolean' },
  },
} as const;

export const bundle = {
  type: 'object',
  required: ['format', 'version', 'definition'],
  properties: {
    format: { const: 'motcua.procedure-bundle' },
    version: { const: 1 },
    definition: { type: 'object' },
  },
} as const;

export const calendarView = {
  type: 'object',
  required: ['spec', 'updatedAt'],
  properties: { spec: calendarSpec, updatedAt: nullable(instant) },
} as const;

const person = {
  type: 'object',
  required: ['userId', 'name', 'role'],
  properties: {
    userId: nullable({ type: 'string' }),
    name: nullable({ type: 'string' }),
    role: { type: 'string' },
  },
} as const;

export const controlSlipView = {
  type: 'object',
  required: ['form', 'code', 'procedureCode', 'rows'],
  description:
    'Phiếu kiểm soát quá trình giải quyết hồ sơ (form 06, Circular 03/2025): one row per hand-off.',
  properties: {
    form: { const: '06' },
    code: { type: 'string' },
    procedureCode: { type: 'string' },
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['step', 'stepLabel', 'unit', 'receivedAt', 'handedOverAt', 'giver', 'receivers', 'result'],
        properties: {
          step: { type: 'string' },
          stepLabel: localized,
          unit: { type: 'string', description: 'The unit that held the step' },
          receivedAt: { ...slipTime, description: 'When the unit received the dossier (hh:mm dd/MM/yyyy)' },
          handedOverAt: { ...slipTime, description: 'When it handed the dossier over (hh:mm dd/MM/yyyy)' },
          giver: person,
          receivers: {
            type: 'array',
            items: {
              type: 'object',
              required: ['unit', 'role', 'step', 'person'],
              properties: {
                unit: { type: 'string' },
                role: { type: 'string' },
                step: { type: 'string' },
                person: nullable(person),
              },
            },
          },
          result: nullable({ enum: ['early', 'on_time', 'late'] }),
          outcome: { type: 'string' },
        },
      },
    },
  },
} as const;

export const historyView = {
  type: 'object',
  required: ['code', 'items'],
  properties: {
    code: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['seq', 'at', 'time', 'event', 'role', 'actor', 'status'],
        properties: {
          seq: { type: 'integer' },
          at: instant,
          time: slipTime,
          event: { type: 'string' },
          role: { type: 'string' },
          actor: nullable({
            type: 'object',
            required: ['userId', 'name'],
            properties: { userId: { type: 'string' }, name: nullable({ type: 'string' }) },
          }),
          node: nullable({ type: 'string' }),
          unit: nullable({ type: 'string' }),
          status: { type: 'string' },
          input: nullable({ type: 'object' }),
          slips: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;
