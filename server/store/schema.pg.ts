/**
 * The PostgreSQL schema. `schema.sqlite.ts` has the same tables, columns and TypeScript row types
 * (test/server/schema-types.test.ts keeps them equal). Instants are UTC milliseconds; JSON is jsonb.
 */
import { pgTable, text, integer, bigint, boolean, jsonb, primaryKey, index, uniqueIndex, customType } from 'drizzle-orm/pg-core';
import type { Dossier } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const json = <T>(name: string) => jsonb(name).$type<T>();
const ms = (name: string) => bigint(name, { mode: 'number' });

export const units = pgTable('units', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  kind: text('kind').notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  createdAt: ms('created_at').notNull(),
});

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash'),
  oidcSubject: text('oidc_subject').unique(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: ms('created_at').notNull(),
});

export const roleAssignments = pgTable(
  'role_assignments',
  {
    userId: text('user_id').notNull(),
    unitCode: text('unit_code').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitCode, t.role] })],
);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull(),
  createdAt: ms('created_at').notNull(),
  expiresAt: ms('expires_at').notNull(),
});

export const apiTokens = pgTable('api_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  name: text('name').notNull(),
  userId: text('user_id').notNull(),
  createdAt: ms('created_at').notNull(),
  revokedAt: ms('revoked_at'),
});

export const procedures = pgTable('procedures', {
  code: text('code').primaryKey(),
  liveVersionId: text('live_version_id'),
  createdAt: ms('created_at').notNull(),
  retiredAt: ms('retired_at'),
});

export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: text('id').primaryKey(),
    procedureCode: text('procedure_code').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    definition: json<ProcedureDefinition>('definition').notNull(),
    contentHash: text('content_hash').notNull(),
    authorId: text('author_id').notNull(),
    reviewerId: text('reviewer_id'),
    comments: json<{ at: number; by: string; text: string; verdict?: string }[]>('comments').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
    publishedAt: ms('published_at'),
  },
  (t) => [uniqueIndex('procedure_versions_code_version').on(t.procedureCode, t.version)],
);

export const dossiers = pgTable(
  'dossiers',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    qrToken: text('qr_token').notNull().unique(),
    procedureCode: text('procedure_code').notNull(),
    versionId: text('version_id').notNull(),
    unitCode: text('unit_code').notNull(),
    applicantId: text('applicant_id'),
    status: text('status').notNull(),
    state: json<Dossier>('state').notNull(),
    revision: integer('revision').notNull(),
    submittedAt: ms('submitted_at').notNull(),
    dueAt: ms('due_at'),
    finishedAt: ms('finished_at'),
    timing: text('timing'),
  },
  (t) => [
    index('dossiers_unit_status_due').on(t.unitCode, t.status, t.dueAt),
    index('dossiers_applicant').on(t.applicantId, t.submittedAt),
  ],
);

export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    unitCode: text('unit_code').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

/** Open tasks, projected from each dossier's state for the worklists. */
export const tasks = pgTable(
  'tasks',
  {
    dossierId: text('dossier_id').notNull(),
    taskId: text('task_id').notNull(),
    node: text('node').notNull(),
    role: text('role').notNull(),
    unitCode: text('unit_code').notNull(),
    assigneeId: text('assignee_id'),
    openedAt: ms('opened_at').notNull(),
    dueAt: ms('due_at'),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.taskId] }),
    index('tasks_worklist').on(t.unitCode, t.role, t.dueAt),
  ],
);

/** Append-only, hash-chained per dossier. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    dossierId: text('dossier_id').notNull(),
    seq: integer('seq').notNull(),
    at: ms('at').notNull(),
    event: text('event').notNull(),
    role: text('role').notNull(),
    actorId: text('actor_id'),
    payload: json<Record<string, unknown>>('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.seq] })],
);

export const attachments = pgTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id'),
    componentId: text('component_id').notNull(),
    ownerId: text('owner_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storagePath: text('storage_path'),
    content: bytea('content'),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('attachments_dossier').on(t.dossierId)],
);

export const payments = pgTable('payments', {
  id: text('id').primaryKey(),
  dossierId: text('dossier_id').notNull(),
  amount: integer('amount').notNull(),
  method: text('method').notNull(),
  reference: text('reference'),
  status: text('status').notNull(),
  createdAt: ms('created_at').notNull(),
});

export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull(),
    timer: text('timer').notNull(),
    kind: text('kind').notNull(),
    fireAt: ms('fire_at').notNull(),
    leaseUntil: ms('lease_until'),
    leasedBy: text('leased_by'),
    firedAt: ms('fired_at'),
  },
  (t) => [index('timers_due').on(t.firedAt, t.fireAt)],
);

/** Notifications to send, written in the same transaction as the change that caused them. */
export const outbox = pgTable('outbox', {
  id: text('id').primaryKey(),
  dossierId: text('dossier_id').notNull(),
  recipient: json<Record<string, unknown>>('recipient').notNull(),
  template: text('template').notNull(),
  message: json<{ vi: string; en: string }>('message').notNull(),
  createdAt: ms('created_at').notNull(),
  sentAt: ms('sent_at'),
});

export const calendars = pgTable('calendars', {
  id: text('id').primaryKey(),
  spec: json<Record<string, unknown>>('spec').notNull(),
  updatedAt: ms('updated_at').notNull(),
});

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    response: json<Record<string, unknown>>('response').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/** Every mutation, hash-chained in one global sequence. */
export const auditLog = pgTable('audit_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: ms('at').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  target: text('target').notNull(),
  payload: json<Record<string, unknown>>('payload').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
