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
 *       linked to the dossier in the same transaction (online, the components handed in); `components`: at the
 *       counter, what the walk-in handed in. Required components are checked either way      → SubmitResult
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
 *   receiptSlip(store, ctx, { code })     owner or officer of a handling unit  → ReceiptSlip (form 01, for the PDF)
 *   paymentReceipt(store, ctx, { code })  owner or officer of a handling unit  → PaymentReceipt (fees paid, PDF)
 *   controlSlip(store, ctx, { code })        form 06 rows (hand-offs)                      → ControlSlip
 *   dossierHistory(store, ctx, { code })     the event log as read by people              → HistoryItem[]
 *
 * Drafts (drafts.ts), the citizen's own; submitting the procedure removes the draft in the same transaction:
 *   getMyDraft(store, ctx, { code }) → Draft (404 DRAFT_NOT_FOUND); myDrafts(store, ctx, { limit?, offset? })
 *   saveMyDraft(store, ctx, { code, data, attachments?, revision? }) → { revision, updatedAt }
 *       (409 DRAFT_CHANGED when `revision` is not the stored one; 413 DRAFT_TOO_LARGE over 256 KiB of JSON)
 *   discardMyDraft(store, ctx, { code }) → { ok: true }
 *
 * Personal data store (documents.ts), the citizen's files handed in with their dossiers:
 *   myDocuments(store, ctx, { limit?, offset? }) → Page of documents, newest first;
 *   reuseDocument(store, ctx, { id, componentId, procedureCode }) → AttachmentView, a new upload of the caller's
 *       with the same content, for `attachments` of a submission or a draft (audited as attachment.reuse).
 *
 * Results and ratings (results.ts, ratings.ts): `act` on issue_result records the e-result (the file named in
 *   input.file, else a generated PDF) with its SHA-256 and verification token; resultFile(store, ctx, { code })
 *   (applicant or handling officer) → its attachment row; verifyResult / checkResult(store, ctx, { token,
 *   sha256? }) (public) → what was issued, whether a copy matches; rateService(store, ctx, { code, score,
 *   comment? }) (the applicant, once, after the result). getDossier shows both as `result` and `rating`.
 *
 * Calendars (calendars.ts): currentCalendar(store) → Calendar; getCalendarSpec(store) → { spec, updatedAt };
 *   updateCalendar(store, ctx, { spec })  (system_admin; validated by the engine's checkCalendar).
 * Accounts (accounts.ts; for server/auth): loadActor(store, userId), actorOf(store, userRow) → Actor | undefined.
 *   Users, sessions and API
 *   tokens are plain Store methods (server/store/store.ts): findUserByLogin, findUserByOidcSubject, getUser,
 *   listUsers, createUser, updateUser (password hash, disabled…), rolesOf, assignRole, revokeRole, createSession,
 *   getSignedIn, extendSession, deleteSession, deleteUserSessions(userId, audit), createApiToken,
 *   getApiToken, revokeApiToken, appendAudit. Every write takes an `AuditInput` and appends it in its transaction.
 * Audit (audit.ts): verifyAudit(store) → { ok, checked, chains (each with its firstTampered?), firstTampered?,
 *   problems } over the audit chains (one per unit, `system`, `legacy`), the anchors and the dossiers' events;
 *   store.writeAnchor(at, minIntervalMs) writes an anchor (server/store/anchors.ts); recordAudit(store, ctx, { action, target,
 *   payload }) for mutations made outside these services (login, logout, password change, user admin).
 * Seed (seed.ts): seedDemo(store, now, { hashPassword }) → { created: boolean, accounts: { login, password, roles }[] };
 *   only on a demo database (the first run marks it so; a production one is refused).
 * Units (units.ts): listUnits, getUnit (anyone); createUnit, updateUnit (rename, move), mergeUnit (system_admin).
 *   Mergers are resolved when read: grantsInForce(store, grants, at), unitInForce(store, code, at).
 * Installation (installation.ts; unit-file.ts apart): for `motcua init`, productionPlan(input, { now, actorId,
 *   hashPassword }) checks and lays out a production set-up, initialiseProduction(store, plan) writes it on an empty
 *   database; readUnitFile(text, 'json' | 'csv') reads a unit tree file.
 * Timers (server/jobs/timers.ts): new Scheduler(store, { owner, leaseMs?, batch?, onError?, anchorEveryMs? }).tick(now)
 *   (with `anchorEveryMs`, a tick also writes an audit anchor when one is due) — call it
 *   on an interval from main.ts (a tick never overlaps the previous one); `await scheduler.stop()` waits for the
 *   tick in flight (SIGTERM). claimDueTimers / fireTimer are the pieces.
 */
export * from '../errors.ts';
export * from './context.ts';
export * from './procedures.ts';
export * from './design-catalogue.ts';
export * from './lifecycle.ts';
export * from './catalogue.ts';
export * from './dossiers.ts';
export * from './worklists.ts';
export * from './lookup.ts';
export * from './slips.ts';
export * from './receipt-slip.ts';
export * from './payment-receipt.ts';
export * from './calendars.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './seed.ts';
export * from './attachments.ts';
export * from './units.ts';
export * from './installation.ts';
export * from './results.ts';
export * from './ratings.ts';
export * from './review-comments.ts';
