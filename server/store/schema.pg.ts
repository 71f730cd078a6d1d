/**
 * The PostgreSQL schema. `schema.sqlite.ts` has the same tables, columns and TypeScript row types
 * (test/server/store-schema-types.test.ts keeps them equal). Instants are UTC milliseconds (bigint); JSON is jsonb.
 */
import {
  bigint as pgBigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type {
  CalendarSpec,
  Channel,
  Dossier,
  DossierAlert,
  DossierEventPayload,
  DossierStatus,
  Recipient,
  ReviewComment,
  ReviewTargetKind,
  StoredProblem,
  Timing,
  VersionStatus,
} from './types.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const json = <T>(name: string) => jsonb(name).$type<T>();
const ms = (name: string) => pgBigint(name, { mode: 'number' });
const bigint = (name: string) => pgBigint(name, { mode: 'number' });

/**
 * The unit tree. A merged unit stays, with its successor and the instant the merger takes effect: its dossiers keep
 * the unit that received them, and who works them is resolved when read (server/services/units.ts).
 */
export const units = pgTable(
  'units',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    kind: text('kind').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    createdAt: ms('created_at').notNull(),
    mergedInto: text('merged_into'),
    mergedAt: ms('merged_at'),
  },
  (t) => [index('units_merged').on(t.mergedInto)],
);

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
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    unitCode: text('unit_code').notNull(),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.unitCode, t.role] }),
    index('role_assignments_unit').on(t.unitCode, t.role),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: ms('created_at').notNull(),
    expiresAt: ms('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const apiTokens = pgTable('api_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  name: text('name').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: ms('created_at').notNull(),
  revokedAt: ms('revoked_at'),
});

/**
 * Failed sign-ins within the throttling window, keyed `login:<login>` or `addr:<address>`: kept in the database so
 * that every server process counts the same failures.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    at: ms('at').notNull(),
  },
  (t) => [index('login_failures_key').on(t.key, t.at), index('login_failures_at').on(t.at)],
);

/** One row per procedure code; the catalogue columns are copied from the live (else the latest) version. */
export const procedures = pgTable(
  'procedures',
  {
    code: text('code').primaryKey(),
    liveVersionId: text('live_version_id'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** Code and names without diacritics, lower case: what catalogue search matches. */
    searchText: text('search_text').notNull(),
    sector: text('sector').notNull(),
    unitCode: text('unit_code').notNull(),
    level: text('level').notNull(),
    createdAt: ms('created_at').notNull(),
    retiredAt: ms('retired_at'),
  },
  (t) => [index('procedures_live').on(t.liveVersionId)],
);

export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: text('id').primaryKey(),
    procedureCode: text('procedure_code')
      .notNull()
      .references(() => procedures.code),
    version: integer('version').notNull(),
    status: text('status').$type<VersionStatus>().notNull(),
    definition: json<ProcedureDefinition>('definition').notNull(),
    contentHash: text('content_hash').notNull(),
    problems: json<StoredProblem[]>('problems').notNull(),
    basedOn: text('based_on'),
    authorId: text('author_id').notNull(),
    reviewerId: text('reviewer_id'),
    comments: json<ReviewComment[]>('comments').notNull(),
    createdAt: ms('created_at').notNull(),
    updatedAt: ms('updated_at').notNull(),
    submittedAt: ms('submitted_at'),
    reviewedAt: ms('reviewed_at'),
    publishedAt: ms('published_at'),
    retiredAt: ms('retired_at'),
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
    versionId: text('version_id')
      .notNull()
      .references(() => procedureVersions.id),
    unitCode: text('unit_code').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    /** The citizen's account, when submitted by one; null for a walk-in without an account. */
    applicantId: text('applicant_id'),
    submittedBy: text('submitted_by'),
    status: text('status').$type<DossierStatus>().notNull(),
    alert: text('alert').$type<DossierAlert>(),
    state: json<Dossier>('state').notNull(),
    revision: integer('revision').notNull(),
    submittedAt: ms('submitted_at').notNull(),
    receivedAt: ms('received_at'),
    dueAt: ms('due_at'),
    finishedAt: ms('finished_at'),
    timing: text('timing').$type<Timing>(),
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
    dossierId: text('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    taskId: text('task_id').notNull(),
    node: text('node').notNull(),
    role: text('role').notNull(),
    kind: text('kind').notNull(),
    unitCode: text('unit_code').notNull(),
    assigneeId: text('assignee_id'),
    openedAt: ms('opened_at').notNull(),
    /** The step's own due time (its allotment), if it has one. */
    stepDueAt: ms('step_due_at'),
    /** What the worklist sorts and filters by: the step's due time, else the dossier's. */
    dueAt: ms('due_at'),
  },
  (t) => [
    primaryKey({ columns: [t.dossierId, t.taskId] }),
    // The worklist walks this per (unit, role) in its sort order and stops at the page: no sort of every task.
    index('tasks_worklist').on(t.unitCode, t.role, t.dueAt, t.openedAt, t.dossierId, t.taskId),
    index('tasks_assignee').on(t.assigneeId, t.dueAt),
  ],
);

/** Append-only, hash-chained per dossier: hash = sha256(prev_hash + canonical JSON of the event). */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    dossierId: text('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    at: ms('at').notNull(),
    event: text('event').notNull(),
    role: text('role').notNull(),
    actorId: text('actor_id'),
    payload: json<DossierEventPayload>('payload').notNull(),
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

export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull(),
    amount: bigint('amount').notNull(),
    method: text('method').notNull(),
    reference: text('reference'),
    status: text('status').notNull(),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('payments_dossier').on(t.dossierId)],
);

/**
 * Attempts to pay a dossier's fees through a payment gateway; the id is the order reference the gateway reports
 * back. Settled once, by the gateway's signed IPN: `paid` with the gateway's transaction number, or `failed`.
 */
export const paymentOrders = pgTable(
  'payment_orders',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull(),
    amount: bigint('amount').notNull(),
    gateway: text('gateway').notNull(),
    status: text('status').notNull(),
    transactionNo: text('transaction_no'),
    createdBy: text('created_by').notNull(),
    createdAt: ms('created_at').notNull(),
    settledAt: ms('settled_at'),
  },
  (t) => [
    index('payment_orders_dossier').on(t.dossierId),
    uniqueIndex('payment_orders_transaction').on(t.gateway, t.transactionNo),
  ],
);

/**
 * A citizen's application not yet submitted, saved as they fill the e-form so that they can resume it on another
 * device: one per user and procedure, filled against the version live when saved. `revision` counts the saves, so
 * that a device that saves over another's newer draft is told (optimistic, like dossiers). Submitting the
 * procedure removes it.
 */
export const formDrafts = pgTable(
  'form_drafts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    procedureCode: text('procedure_code').notNull(),
    versionId: text('version_id')
      .notNull()
      .references(() => procedureVersions.id),
    data: json<Record<string, unknown>>('data').notNull(),
    /** Ids of files the citizen uploaded (POST /attachments) for the application. */
    attachments: json<string[]>('attachments').notNull(),
    revision: integer('revision').notNull(),
    updatedAt: ms('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.procedureCode] })],
);

/**
 * The e-result of a dossier (DOMAIN §4.10): the issued file, its SHA-256, and the random token of the public page
 * its QR code opens to tell a genuine copy. The bytes are the attachment row's (uploaded by the issuing officer, or
 * the PDF generated at issue), never handed in as one of the dossier's components.
 */
export const dossierResults = pgTable(
  'dossier_results',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** The process node that issued it, and the definition's result document it is, if the node names one. */
    node: text('node').notNull(),
    document: text('document'),
    attachmentId: text('attachment_id').notNull().unique(),
    sha256: text('sha256').notNull(),
    verifyToken: text('verify_token').notNull().unique(),
    /** The unit of the officer who issued it. */
    unitCode: text('unit_code').notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: ms('issued_at').notNull(),
  },
  (t) => [uniqueIndex('dossier_results_dossier_node').on(t.dossierId, t.node)],
);

/** The applicant's satisfaction rating of the service (DOMAIN §8), once per dossier, after its result. */
export const ratings = pgTable('ratings', {
  dossierId: text('dossier_id')
    .primaryKey()
    .references(() => dossiers.id),
  score: integer('score').notNull(),
  comment: text('comment'),
  ratedBy: text('rated_by').notNull(),
  ratedAt: ms('rated_at').notNull(),
});

/**
 * The approver's comments on the elements of a version under review, and the author's replies: one row each,
 * never changed. `targetKey` is the element's id (a form field's JSON pointer; '' for the whole version).
 */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => procedureVersions.id),
    targetKind: text('target_kind').$type<ReviewTargetKind>().notNull(),
    targetKey: text('target_key').notNull(),
    body: text('body').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: ms('created_at').notNull(),
  },
  (t) => [index('review_comments_version').on(t.versionId, t.createdAt)],
);

/** Engine timers of live dossiers; id = dossier id + ':' + engine timer id. Leased by one scheduler at a time. */
export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    timer: text('timer').notNull(),
    kind: text('kind').notNull(),
    fireAt: ms('fire_at').notNull(),
    leaseUntil: ms('lease_until'),
    leasedBy: text('leased_by'),
    firedAt: ms('fired_at'),
  },
  (t) => [index('timers_due').on(t.firedAt, t.fireAt), index('timers_dossier').on(t.dossierId)],
);

/** Notifications to send, written in the same transaction as the change that caused them. */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    recipient: json<Recipient>('recipient').notNull(),
    template: text('template').notNull(),
    message: json<{ vi: string; en: string }>('message').notNull(),
    createdAt: ms('created_at').notNull(),
    sentAt: ms('sent_at'),
  },
  (t) => [index('outbox_pending').on(t.sentAt, t.createdAt)],
);

export const calendars = pgTable('calendars', {
  id: text('id').primaryKey(),
  spec: json<CalendarSpec>('spec').notNull(),
  updatedAt: ms('updated_at').notNull(),
});

/** Settings of the installation, one row per key: `mode` says whether it was initialised for demo or production. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: json<Record<string, unknown>>('value').notNull(),
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

/**
 * Every mutation, hash-chained in one of several chains (server/store/chain.ts): `unit:<code>` for what belongs to a
 * unit (a dossier's receiving unit), `system` for the rest, `legacy` for the one global chain written before 0010.
 * Each chain has its own seq.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq').notNull(),
    at: ms('at').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    target: text('target').notNull(),
    payload: json<Record<string, unknown>>('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.chain, t.seq] })],
);

/**
 * Periodic anchors, hash-chained: each one holds the heads of every audit chain and the event-chain heads of the
 * dossiers named by audit entries appended since the previous anchor (server/store/anchors.ts).
 */
export const auditAnchors = pgTable('audit_anchors', {
  seq: bigint('seq').primaryKey(),
  at: ms('at').notNull(),
  heads: json<{ chain: string; seq: number; hash: string }[]>('heads').notNull(),
  dossiers: json<{ id: string; seq: number; hash: string }[]>('dossiers').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
