/**
 * Domain services of the server (issue 3). The HTTP layer calls these; nothing here knows about HTTP or cookies.
 *
 * Conventions
 * - Every service is `async fn(store, ctx, input)`; `store` comes from `openStore()` (server/store/index.ts).
 * - `ctx: ServiceContext = { now: number (UTC ms), actor: Actor | undefined, calendar: Calendar }`.
 *   `Actor = { userId: string; roles: { unitCode: string; role: string }[] }` (`loadActor(store, userId)` builds it).
 *   `calendar` is the compiled working calendar: `await currentCalendar(store)` (cached, refreshed on update).
 *   `serviceContext(store, actor, now)` does both.
 * - Failures are thrown as `ServiceError` (errors.ts): `{ code, message: {vi, en}, httpStatus, path?, details? }`.
 *   It extends Error, so the {vi, en} message is on `.localized` (`.message` is the English text) and
 *   `e.body()` is the response body `{ code, message: {vi, en}, path?, details? }`; anything else is a 500.
 *   `e instanceof ServiceError` tells them apart. REVISION_CONFLICT carries `details.currentRevision`.
 *
 * Procedures (procedures.ts) — designer / approver / system_admin roles, any unit:
 *   createDraft(store, ctx, { from: 'scratch', code, name, sector, unit, level? }
 *                          | { from: 'version', versionId } | { from: 'bundle', bundle: unknown })  → VersionInfo
 *   saveDraft(store, ctx, { versionId, definition: unknown })                                → { version, problems }
 *   submitForApproval(store, ctx, { versionId })                                            → VersionInfo
 *   approveVersion(store, ctx, { versionId, comment? })  (approver, not the author)         → VersionInfo
 *   rejectVersion(store, ctx, { versionId, comment })    (approver, not the author)         → VersionInfo
 *   publishVersion(store, ctx, { versionId })            (approved → published, live at once) → VersionInfo
 *   retireVersion(store, ctx, { versionId })             (published → retired; no new dossiers) → VersionInfo
 *   listVersions(store, ctx, { code })                                                      → VersionInfo[]
 *   getVersion(store, ctx, { versionId })                                      → VersionInfo & { definition }
 *   diffVersions(store, ctx, { from: versionId, to: versionId })                            → VersionDiff
 *   exportBundle(store, ctx, { versionId })     → { format: 'motcua.procedure-bundle', version: 1, definition }
 *   searchCatalogue(store, ctx, { q?, sector?, unit?, level?, limit?, offset? })  (public)   → Page<CatalogueEntry>
 *   getLiveProcedure(store, ctx, { code })                   (public)    → CatalogueEntry & { definition, versionId }
 *
 * Dossiers (dossiers.ts, worklists.ts, lookup.ts, slips.ts):
 *   submitDossier(store, ctx, { procedureCode, data, channel?, unit?, components?, attachments?, idempotencyKey? })
 *       citizen (online) or reception (counter, for a walk-in); `attachments`: ids of the submitter's uploads,
 *       linked to the dossier in the same transaction                                       → SubmitResult
 *       (`{ code, qrToken, revision, status, fees, submittedAt, ... }`; a replay with the same key returns it again)
 *   act(store, ctx, { code, action, input?, revision, node? })                               → DossierDetail
 *       officer of the task's unit holding the task's role, or the owner citizen; 409 REVISION_CONFLICT carries
 *       `details.currentRevision`.
 *   getDossier(store, ctx, { code })          owner or officer of a handling unit         → DossierDetail
 *   assignTask(store, ctx, { code, taskId, assigneeId | null })  leader of the task's unit, or self-assignment
 *   worklist(store, ctx, { unit?, role?, assignee?, status?, overdue?, dueWithinHours?, limit?, offset? })
 *                                                                                         → Page<WorklistItem>
 *   myDossiers(store, ctx, { limit?, offset? })           (the citizen's own)              → Page<DossierSummary>
 *   publicLookup(store, ctx, { code } | { qrToken })      (no actor needed; no personal data) → PublicDossier
 *   controlSlip(store, ctx, { code })        form 06 rows (hand-offs)                      → ControlSlip
 *   dossierHistory(store, ctx, { code })     the event log as read by people              → HistoryItem[]
 *
 * Calendars (calendars.ts): currentCalendar(store) → Calendar; getCalendarSpec(store) → { spec, updatedAt };
 *   updateCalendar(store, ctx, { spec })  (system_admin; validated by the engine's checkCalendar).
 * Accounts (accounts.ts; for server/auth): loadActor(store, userId), actorOf(store, userRow) → Actor | undefined.
 *   Users, sessions and API
 *   tokens are plain Store methods (server/store/store.ts): findUserByLogin, findUserByOidcSubject, getUser,
 *   listUsers, createUser, updateUser (password hash, disabled…), rolesOf, assignRole, revokeRole, createSession,
 *   getSession, extendSession, deleteSession, deleteUserSessions(userId, audit), createApiToken,
 *   getApiToken, revokeApiToken, appendAudit. Every write takes an `AuditInput` and appends it in its transaction.
 * Audit (audit.ts): verifyAudit(store) → { ok, checked, firstTampered? }; recordAudit(store, ctx, { action, target,
 *   payload }) for mutations made outside these services (login, logout, password change, user admin).
 * Seed (seed.ts): seedDemo(store, now, { hashPassword }) → { created: boolean, accounts: { login, password, roles }[] }.
 * Timers (server/jobs/timers.ts): new Scheduler(store, { owner, leaseMs?, batch?, onError? }).tick(now) — call it
 *   on an interval from main.ts (a tick never overlaps the previous one); `await scheduler.stop()` waits for the
 *   tick in flight (SIGTERM). claimDueTimers / fireTimer are the pieces.
 */
export * from './errors.ts';
export * from './context.ts';
export * from './procedures.ts';
export * from './catalogue.ts';
export * from './dossiers.ts';
export * from './worklists.ts';
export * from './lookup.ts';
export * from './slips.ts';
export * from './calendars.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './seed.ts';
export * from './attachments.ts';
