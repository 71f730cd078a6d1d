/**
 * The one storage interface the services use. `openStore()` (index.ts) returns it for SQLite or PostgreSQL; every
 * write method is one transaction, and every write appends its audit entry to the global hash chain in it.
 */
import type { Dossier } from '../../runtime/engine/index.ts';
import type {
  CatalogueQuery,
  NewRow,
  ProcedureFacetRow,
  Row,
  SignedIn,
  WorklistQuery,
  WorklistRow,
} from './tx.ts';
import type { DossierEventPayload, Recipient } from './types.ts';

export type UnitRow = Row<'units'>;
export type UserRow = Row<'users'>;
export type RoleRow = Row<'roleAssignments'>;
export type SessionRow = Row<'sessions'>;
export type ApiTokenRow = Row<'apiTokens'>;
export type ProcedureRow = Row<'procedures'>;
export type VersionRow = Row<'procedureVersions'>;
export type DossierRow = Row<'dossiers'>;
export type TaskRow = Row<'tasks'>;
export type EventRow = Row<'dossierEvents'>;
export type TimerRow = Row<'timers'>;
export type OutboxRow = Row<'outbox'>;
export type CalendarRow = Row<'calendars'>;
export type IdempotencyRow = Row<'idempotencyKeys'>;
export type AuditRow = Row<'auditLog'>;
export type AuditAnchorRow = Row<'auditAnchors'>;
export type PaymentRow = Row<'payments'>;
export type PaymentOrderRow = Row<'paymentOrders'>;
export type FormDraftRow = Row<'formDrafts'>;
export type DossierResultRow = Row<'dossierResults'>;
export type RatingRow = Row<'ratings'>;
export type ReviewCommentRow = Row<'reviewComments'>;
export type { WorklistQuery, WorklistRow, CatalogueQuery, ProcedureFacetRow };
export type TableName = import('./tx.ts').TableName;

/** Who did what to which record; `payload` must not carry secrets (password hashes, tokens). */
export interface AuditInput {
  /** The audit chain (chain.ts): `unitChain(code)` for what belongs to a unit; `system` when left out. */
  chain?: string;
  at: number;
  actorId: string | null;
  action: string;
  target: string;
  payload?: Record<string, unknown>;
}

/** The optimistic revision did not match: nothing was written. */
export class RevisionConflict extends Error {
  constructor(readonly currentRevision: number | undefined) {
    super(`revision conflict (current: ${currentRevision})`);
  }
}

/**
 * A write that checked a sign-in it was handed (SignInCheck) found the session ended or expired, its user disabled,
 * or the reference data changed since the stamp: nothing was written.
 */
export class SignInChanged extends Error {
  constructor() {
    super('the sign-in or the reference data changed since they were read');
  }
}

/** A file to link to a new dossier is gone or already in another dossier: nothing was written. */
export class AttachmentsTaken extends Error {
  constructor() {
    super('an attachment is no longer free to link');
  }
}

/** The timer was fired (or moved) by someone else: nothing was written. */
export class TimerAlreadyFired extends Error {
  constructor(readonly timerId: string) {
    super(`timer ${timerId} already fired or moved`);
  }
}

/** The gateway order was settled meanwhile (a repeated IPN): nothing was written. */
export class PaymentOrderSettled extends Error {
  constructor(readonly orderId: string) {
    super(`payment order ${orderId} already settled`);
  }
}

/** A version was not in a state that allows the change (e.g. published meanwhile): nothing was written. */
export class VersionStateConflict extends Error {
  constructor(readonly current: VersionRow | undefined) {
    super(`procedure version state conflict (current: ${current?.status})`);
  }
}

export interface NewEvent {
  seq: number;
  at: number;
  event: string;
  role: string;
  actorId: string | null;
  payload: DossierEventPayload;
}

export type TaskProjection = Omit<TaskRow, 'dossierId' | 'assigneeId'>;

export type TimerChange = { set: { timer: string; kind: string; fireAt: number } } | { clear: string };

export interface Notification {
  recipient: Recipient;
  template: string;
  message: { vi: string; en: string };
}

/** Columns copied from the state so that SQL can filter and sort. */
export type DossierColumns = Pick<
  DossierRow,
  'status' | 'alert' | 'receivedAt' | 'dueAt' | 'finishedAt' | 'timing'
>;

/** Everything one state change of a dossier writes (the engine's `apply` result, laid out as rows). */
export interface DossierChange {
  dossierId: string;
  expectedRevision: number;
  state: Dossier;
  columns: DossierColumns;
  events: NewEvent[];
  /** The full open-task projection after the change (assignees of tasks that stay open are kept). */
  tasks: TaskProjection[];
  timers: TimerChange[];
  notifications: Notification[];
  /** The payments the change confirmed (the fees it marked paid), recorded with it. */
  payments?: Omit<PaymentRow, 'dossierId'>[];
  audit: AuditInput;
  /**
   * The e-results the change issued: each one's row, and the attachment row holding its bytes when the server
   * generated them (an uploaded result file has its row already).
   */
  results?: { result: Omit<DossierResultRow, 'dossierId'>; generated?: Row<'attachments'> }[];
  /** When a timer fires: it must still be unfired at this fire time; it is marked fired in the same transaction. */
  firing?: { timerId: string; fireAt: number };
  /** When a gateway's report pays the fees: its order must still be pending; it is settled in the same transaction. */
  settles?: { orderId: string; transactionNo: string };
}

/**
 * A caller's sign-in as the request presumed it without reading it (store/presumed.ts), for the write to check first
 * in its own transaction: the session is still open at `at`, its user enabled, and the reference stamp the request's
 * cached reads came from is still the stamp.
 */
export interface SignInCheck {
  tokenHash: string;
  referenceStamp: number;
  at: number;
}

export interface NewDossier {
  row: Omit<DossierRow, 'code' | 'revision'>;
  /** Checked before anything is written: SignInChanged, with nothing written, when it no longer holds. */
  signIn?: SignInCheck;
  /** The code is `<unitCode>-<day>-NNNN`, NNNN from the unit's sequence of that day, drawn in the transaction. */
  codeOf: { unitCode: string; day: string };
  events: NewEvent[];
  tasks: TaskProjection[];
  timers: TimerChange[];
  notifications: Notification[];
  idempotency?: { scope: string; key: string; requestHash: string };
  /** Uploaded files that become the dossier's, in the same transaction (all of them, or AttachmentsTaken). */
  attachments?: { ids: string[]; ownerId: string };
  /** The applicant's draft of the procedure (form_drafts), submitted now: removed in the same transaction. */
  draft?: { userId: string; procedureCode: string };
  /** What a replay with the same idempotency key gets back; pure. */
  respond(code: string): Record<string, unknown>;
  audit: Omit<AuditInput, 'target'>;
}

export type NewDossierResult =
  | { replayed: false; code: string; response: Record<string, unknown> }
  | { replayed: true; requestHash: string; response: Record<string, unknown> };

export interface Page<T> {
  items: T[];
  total: number;
}

export interface VersionChange {
  id: string;
  /** The change applies only if the version is in one of these statuses (else VersionStateConflict). */
  expectStatus: VersionRow['status'][];
  /** …and only if its content is still this (the draft the editor last saw; else VersionStateConflict). */
  expectHash?: string;
  set: Partial<Omit<VersionRow, 'id' | 'procedureCode' | 'version' | 'authorId' | 'createdAt'>>;
  /** Catalogue columns or the live version of the procedure, changed with it. */
  procedure?: Partial<Omit<ProcedureRow, 'code' | 'createdAt'>>;
  audit: AuditInput;
}

export interface Store {
  readonly dialect: 'sqlite' | 'pg';
  close(): Promise<void>;
  /**
   * For store modules kept in their own files (attachments.ts): `run` executes Tx primitives in one transaction
   * (`'read'`: outside one) and the body appends its own audit entry (chain.ts).
   */
  run<T>(
    body: (tx: import('./tx.ts').Tx) => import('./step.ts').Step<T>,
    mode?: 'write' | 'read',
  ): Promise<T>;

  // Units, users, roles, sessions, API tokens (used by server/auth and the seed).
  listUnits(): Promise<UnitRow[]>;
  getUnit(code: string): Promise<UnitRow | undefined>;
  /** Units with a merger recorded (in force or to come): usually none, and few after a reform. */
  mergedUnits(): Promise<Pick<UnitRow, 'code' | 'mergedInto' | 'mergedAt'>[]>;
  /**
   * Counts the changes to units, procedures, calendars and role assignments (triggers of the migrations, in the
   * writer's transaction): what reference.ts checks its cache against.
   */
  referenceStamp(): Promise<number>;
  /** Inserts or updates a unit (the seed's and tests'; units change through store/units.ts otherwise). */
  putUnit(row: NewRow<'units'>, audit: AuditInput): Promise<void>;
  getUser(id: string): Promise<UserRow | undefined>;
  findUserByLogin(login: string): Promise<UserRow | undefined>;
  findUserByOidcSubject(subject: string): Promise<UserRow | undefined>;
  /** Users holding a role in the unit (all users when no unit is given), with their roles. */
  listUsers(filter: {
    unitCode?: string;
  }): Promise<{ user: UserRow; roles: { unitCode: string; role: string }[] }[]>;
  /** Throws a unique violation (isUniqueViolation) when the login or OIDC subject is taken. */
  createUser(
    row: Row<'users'>,
    roles: { unitCode: string; role: string }[],
    audit: AuditInput,
  ): Promise<void>;
  updateUser(
    id: string,
    set: Partial<Pick<UserRow, 'displayName' | 'passwordHash' | 'oidcSubject' | 'disabled'>>,
    audit: AuditInput,
  ): Promise<boolean>;
  rolesOf(userId: string): Promise<{ unitCode: string; role: string }[]>;
  assignRole(role: RoleRow, audit: AuditInput): Promise<void>;
  revokeRole(role: RoleRow, audit: AuditInput): Promise<boolean>;
  createSession(row: SessionRow, audit: AuditInput): Promise<void>;
  /** A session, its user and the reference stamp, read together: one round trip per signed-in request. */
  getSignedIn(tokenHash: string): Promise<SignedIn | undefined>;
  /** Sliding expiry; not audited (it changes no one's rights). */
  extendSession(tokenHash: string, expiresAt: number): Promise<void>;
  deleteSession(tokenHash: string, audit: AuditInput): Promise<boolean>;
  /** Ends every session of a user. */
  deleteUserSessions(userId: string, audit: AuditInput): Promise<number>;
  /** Throttled attempts (failed sign-ins, public lookups) under these keys after `since`, oldest first. */
  loginFailures(keys: string[], since: number): Promise<{ key: string; at: number }[]>;
  /**
   * Counts a failed sign-in (or another throttled attempt: a public lookup) under each key, with its audit entry
   * when given; forgets every attempt at or before `forgetUpTo`.
   */
  recordLoginFailure(
    failure: { keys: string[]; at: number; forgetUpTo: number },
    audit?: AuditInput,
  ): Promise<void>;
  /** Forgets the failures under a key (not audited: the sign-in that clears them is). */
  clearLoginFailures(key: string): Promise<void>;
  createApiToken(row: ApiTokenRow, audit: AuditInput): Promise<void>;
  getApiToken(tokenHash: string): Promise<ApiTokenRow | undefined>;
  revokeApiToken(tokenHash: string, at: number, audit: AuditInput): Promise<boolean>;
  /** A user's API tokens, oldest first, revoked ones included. */
  listApiTokens(userId: string): Promise<ApiTokenRow[]>;
  /** The token whose hash starts with `prefix` (a token's public id), if any. */
  findApiTokenByPrefix(prefix: string): Promise<ApiTokenRow | undefined>;

  // Procedures and their versions.
  getProcedure(code: string): Promise<ProcedureRow | undefined>;
  searchProcedures(q: CatalogueQuery): Promise<Page<ProcedureRow>>;
  /** How many procedures matching `q`'s words share each (sector, unit, level). */
  procedureFacets(
    q: Pick<CatalogueQuery, 'words' | 'liveOnly' | 'versionStatus'>,
  ): Promise<ProcedureFacetRow[]>;
  getVersion(id: string): Promise<VersionRow | undefined>;
  listVersions(procedureCode: string): Promise<VersionRow[]>;
  /**
   * A new version numbered after the procedure's last one (the procedure row is created from `procedure` if new;
   * `live: true` also makes it the live version, for the seed).
   */
  createVersion(
    row: Omit<VersionRow, 'version'>,
    procedure: Omit<ProcedureRow, 'liveVersionId' | 'retiredAt'>,
    audit: AuditInput,
    options?: { live?: boolean },
  ): Promise<VersionRow>;
  updateVersion(change: VersionChange): Promise<VersionRow>;

  // Dossiers.
  createDossier(plan: NewDossier): Promise<NewDossierResult>;
  /** Throws RevisionConflict or TimerAlreadyFired with nothing written. Returns the new revision. */
  commitDossier(change: DossierChange): Promise<number>;
  getDossier(by: { id: string } | { code: string } | { qrToken: string }): Promise<DossierRow | undefined>;
  listEvents(dossierId: string): Promise<EventRow[]>;
  listTasks(dossierId: string): Promise<TaskRow[]>;
  assignTask(
    dossierId: string,
    taskId: string,
    assigneeId: string | null,
    audit: AuditInput,
  ): Promise<boolean>;
  /** `total` counts at most max(1000, offset + limit) tasks; `totalCapped` says there are more. */
  worklist(q: WorklistQuery): Promise<Page<WorklistRow> & { totalCapped: boolean }>;
  dossiersOfApplicant(
    applicantId: string,
    page: { limit: number; offset: number },
  ): Promise<Page<DossierRow>>;
  getIdempotency(scope: string, key: string): Promise<IdempotencyRow | undefined>;

  // Timers and the outbox.
  claimTimers(q: { now: number; owner: string; leaseMs: number; limit: number }): Promise<TimerRow[]>;
  getTimer(id: string): Promise<TimerRow | undefined>;
  /** Whether the dossier has an unfired timer due before `fireAt`. */
  hasEarlierTimer(dossierId: string, fireAt: number): Promise<boolean>;
  /** Marks a claimed timer done without a state change (its event no longer applies). */
  finishTimer(id: string, fireAt: number, at: number): Promise<boolean>;
  /** Gives a lease back early (the handler failed; another tick retries). */
  releaseTimer(id: string, owner: string): Promise<void>;
  listTimers(dossierId: string): Promise<TimerRow[]>;
  pendingNotifications(limit: number): Promise<OutboxRow[]>;
  markNotificationsSent(ids: string[], at: number): Promise<void>;

  // Calendars.
  getCalendar(id: string): Promise<CalendarRow | undefined>;
  putCalendar(row: CalendarRow, audit: AuditInput): Promise<void>;

  // Audit.
  /** Appends one entry for a mutation made outside the other write methods. */
  appendAudit(entry: AuditInput): Promise<AuditRow>;
  /** Entries of a chain with seq > afterSeq, in order. */
  scanAudit(chain: string, afterSeq: number, limit: number): Promise<AuditRow[]>;
  /** The last entry of every audit chain, in chain order. */
  auditHeads(): Promise<{ chain: string; seq: number; hash: string }[]>;
  /** Anchors with seq > afterSeq, in order (anchors.ts). */
  scanAnchors(afterSeq: number, limit: number): Promise<AuditAnchorRow[]>;
  /**
   * Writes the next anchor unless one was written less than `minIntervalMs` before `at` (anchors.ts); returns it,
   * or undefined when it was not due.
   */
  writeAnchor(at: number, minIntervalMs?: number): Promise<AuditAnchorRow | undefined>;
  /** Dossiers with id > afterId, in id order (to walk every dossier's event chain). */
  scanDossiers(afterId: string | undefined, limit: number): Promise<DossierRow[]>;

  /** Rows in a table (diagnostics and tests). */
  count(table: TableName): Promise<number>;
}
