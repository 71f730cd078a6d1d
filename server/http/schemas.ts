/**
 * JSON Schemas (2020-12) of the request shapes, shared by the REST routes (fastify validates them and the
 * OpenAPI document shows them) and the tRPC procedures (validated by the same compiler); and the OpenAPI notes of
 * signed-in routes (`documented`).
 */
export const localized = {
  type: 'object',
  required: ['vi', 'en'],
  properties: { vi: { type: 'string' }, en: { type: 'string' } },
} as const;

export const errorResponse = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['VALIDATION_FAILED'] },
        message: localized,
        path: { type: 'string', description: 'JSON pointer to what is wrong, e.g. /body/revision' },
        details: {},
      },
    },
  },
} as const;

const errorRef = { $ref: '#/components/schemas/Error' };

/**
 * `config.openapi` of a signed-in route: its success answer and the errors it has beyond the usual ones
 * (the OpenAPI builder adds 400, 401, 403, 404, … itself).
 */
export function documented(
  { status = '200', ...ok }: { status?: '200' | '201' | '204'; description: string; schema?: unknown },
  errors: Partial<Record<'403' | '404' | '409' | '422', string>> = {},
) {
  const responses: Record<string, { description: string; schema?: unknown }> = { [status]: ok };
  for (const [code, description] of Object.entries(errors))
    responses[code] = { description, schema: errorRef };
  return { openapi: { auth: 'session' as const, responses } };
}

export const text = (maxLength: number, minLength = 1) => ({ type: 'string', minLength, maxLength }) as const;

/** Procedure codes (mã TTHC) and dossier codes: letters, digits, dots and dashes. */
export const codeParams = {
  type: 'object',
  required: ['code'],
  properties: { code: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' } },
} as const;

export const loginBody = {
  type: 'object',
  required: ['login', 'password'],
  additionalProperties: false,
  properties: { login: text(100), password: text(256) },
} as const;

export const passwordBody = {
  type: 'object',
  required: ['oldPassword', 'newPassword'],
  additionalProperties: false,
  properties: { oldPassword: text(256), newPassword: text(256) },
} as const;

/** Whose tokens to list: the caller's unless an admin names a user they manage. */
export const tokensQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    userId: { ...text(64), description: 'List another user’s tokens (system or agency admin only).' },
  },
} as const;

/** A token's id: the first 16 hex digits of its SHA-256, as POST /tokens answered. */
export const tokenParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } },
} as const;

export const tokenBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: text(100),
    userId: { ...text(64), description: 'Issue the token for another user (system or agency admin only).' },
  },
} as const;

const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
} as const;

export const catalogueQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { ...text(200, 0), description: 'Words to find; case and Vietnamese diacritics are ignored.' },
    sector: text(64),
    unit: text(64),
    level: { type: 'string', enum: ['full_online', 'partial_online', 'info_only'] },
    ...paging,
  },
} as const;

export const submitBody = {
  type: 'object',
  required: ['procedureCode', 'data'],
  additionalProperties: false,
  properties: {
    procedureCode: text(64),
    data: { type: 'object', description: 'The e-form data, checked against the procedure’s form schema.' },
    channel: { type: 'string', enum: ['online', 'counter', 'post'] },
    unit: { ...text(64), description: 'The receiving unit; default: the procedure’s implementing unit.' },
    components: {
      type: 'array',
      maxItems: 100,
      items: text(64),
      description: 'Ids of the dossier components handed in.',
    },
    attachments: {
      type: 'array',
      maxItems: 100,
      items: text(64),
      description:
        'Ids of files uploaded with POST /attachments by the caller: their components count as handed in, and ' +
        'they are linked to the new dossier.',
    },
  },
} as const;

export const idempotencyHeaders = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description:
        'A retried submission with the same key returns the first result instead of a new dossier.',
    },
  },
} as const;

export const actionBody = {
  type: 'object',
  required: ['action', 'revision'],
  additionalProperties: false,
  properties: {
    action: { ...text(64), pattern: '^[a-z_]+$', examples: ['accept'] },
    input: { type: 'object' },
    revision: {
      type: 'integer',
      minimum: 1,
      description: 'The revision the caller saw; a stale one gets 409 with the current revision.',
    },
    node: { ...text(64), description: 'The process node, when the dossier has several open tasks.' },
  },
} as const;

/** A dossier's open task: the dossier code and the task id (as the worklist shows it). */
export const taskParams = {
  type: 'object',
  required: ['code', 'taskId'],
  properties: { ...codeParams.properties, taskId: { ...text(64), pattern: '^[A-Za-z0-9._-]+$' } },
} as const;

export const assigneeBody = {
  type: 'object',
  required: ['assigneeId'],
  additionalProperties: false,
  properties: {
    assigneeId: {
      anyOf: [text(64), { type: 'null' }],
      description: 'The officer’s user id, or null to give the task back to the unit’s pool.',
    },
  },
} as const;

export const worklistQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    unit: text(64),
    role: text(32),
    assignee: text(64),
    status: text(32),
    overdue: { type: 'boolean' },
    dueWithinHours: { type: 'integer', minimum: 1, maximum: 10_000 },
    ...paging,
  },
} as const;

export const mineQuery = { type: 'object', additionalProperties: false, properties: { ...paging } } as const;

export const oidcStartQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { returnTo: text(500) },
} as const;

export const oidcCallbackQuery = {
  type: 'object',
  properties: { code: text(2000), state: text(500), error: text(200), error_description: text(2000) },
} as const;

const grant = {
  type: 'object',
  required: ['unitCode', 'role'],
  additionalProperties: false,
  properties: { unitCode: text(64), role: { ...text(32), pattern: '^[a-z_]+$' } },
} as const;

export const grantBody = grant;

export const newUserBody = {
  type: 'object',
  required: ['login', 'displayName', 'password', 'roles'],
  additionalProperties: false,
  properties: {
    login: { ...text(100, 3), pattern: '^[A-Za-z0-9._@-]+$' },
    displayName: text(200),
    password: text(256),
    roles: { type: 'array', minItems: 1, maxItems: 50, items: grant },
  },
} as const;

export const userPatchBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { displayName: text(200), disabled: { type: 'boolean' } },
} as const;

export const userParams = {
  type: 'object',
  required: ['id'],
  properties: { id: text(64) },
} as const;

export const usersQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { unit: text(64) },
} as const;
