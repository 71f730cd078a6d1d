/** The Store, written once over a dialect's Driver: every write method is one transaction with its audit entry. */
import { appendAudit } from './chain.ts';
import { writeAnchor } from './anchors.ts';
import { timeOrderedId } from './ids.ts';
import { commitDossierBody, createDossierBody, KeyClaimed } from './dossier-writes.ts';
import type { Driver } from './driver.ts';
import type { Step } from './step.ts';
import { VersionStateConflict, type AuditInput, type Store, type VersionRow } from './store.ts';
import { REFERENCE_STAMP_KEY, type Tx } from './tx.ts';

export function createStore(driver: Driver): Store {
  const read = <T>(body: (tx: Tx) => Step<T>) => driver.read(body);
  const write = <T>(body: (tx: Tx) => Step<T>) => driver.write(body);
  /** A write of a few rows followed by its audit entry. */
  const audited = <T>(audit: AuditInput, body: (tx: Tx) => Step<T>) =>
    write(function* (tx) {
      const result = yield* body(tx);
      yield* appendAudit(tx, audit);
      return result;
    });
  /** A write that may find nothing to change: audited only when it changed something. */
  const auditedChange = (audit: AuditInput, body: (tx: Tx) => Step<number>) =>
    write(function* (tx) {
      const changed = (yield* body(tx)) > 0;
      if (changed) yield* appendAudit(tx, audit);
      return changed;
    });
  const first = async <T>(rows: Promise<T[]>) => (await rows)[0];

  const store: Store = {
    dialect: driver.dialect,
    close: () => driver.close(),
    run: (body, mode = 'write') => (mode === 'read' ? read(body) : write(body)),

    listUnits: () => read((tx) => tx.select('units', undefined, { orderBy: [['code', 'asc']] })),
    getUnit: (code) => first(read((tx) => tx.select('units', { code }))),
    mergedUnits: () =>
      read((tx) =>
        tx.select(
          'units',
          { mergedInto: { isNull: false } },
          { columns: ['code', 'mergedInto', 'mergedAt'] },
        ),
      ),
    referenceStamp: async () =>
      (
        await first(
          read((tx) => tx.select('settings', { key: REFERENCE_STAMP_KEY }, { columns: ['updatedAt'] })),
        )
      )?.updatedAt ?? 0,
    putUnit: (row, audit) =>
      audited(audit, (tx) =>
        tx.upsert('units', row, ['code'], { ...row, code: undefined, createdAt: undefined }),
      ),

    getUser: (id) => first(read((tx) => tx.select('users', { id }))),
    findUserByLogin: (login) => first(read((tx) => tx.select('users', { login }))),
    findUserByOidcSubject: (oidcSubject) => first(read((tx) => tx.select('users', { oidcSubject }))),
    listUsers: ({ unitCode }) =>
      read(function* (tx) {
        const roles = yield* tx.select('roleAssignments', unitCode === undefined ? undefined : { unitCode });
        const ids = [...new Set(roles.map((r) => r.userId))];
        const users =
          unitCode === undefined
            ? yield* tx.select('users', undefined, { orderBy: [['login', 'asc']] })
            : yield* tx.select('users', { id: { in: ids } }, { orderBy: [['login', 'asc']] });
        const all =
          unitCode === undefined ? roles : yield* tx.select('roleAssignments', { userId: { in: ids } });
        return users.map((user) => ({
          user,
          roles: all.filter((r) => r.userId === user.id).map(({ unitCode, role }) => ({ unitCode, role })),
        }));
      }),
    createUser: (row, roles, audit) =>
      audited(audit, function* (tx) {
        yield* tx.insert('users', row);
        yield* tx.insert(
          'roleAssignments',
          roles.map((r) => ({ userId: row.id, ...r })),
        );
      }),
    updateUser: (id, set, audit) => auditedChange(audit, (tx) => tx.update('users', set, { id })),
    rolesOf: async (userId) =>
      (await read((tx) => tx.select('roleAssignments', { userId }))).map(({ unitCode, role }) => ({
        unitCode,
        role,
      })),
    assignRole: (role, audit) =>
      audited(audit, function* (tx) {
        yield* tx.insert('roleAssignments', role, { ignoreConflicts: true });
      }),
    revokeRole: (role, audit) => auditedChange(audit, (tx) => tx.delete('roleAssignments', role)),

    createSession: (row, audit) =>
      audited(audit, function* (tx) {
        yield* tx.insert('sessions', row);
      }),
    getSignedIn: (tokenHash) => read((tx) => tx.signedIn(tokenHash)),
    extendSession: (tokenHash, expiresAt) =>
      write(function* (tx) {
        yield* tx.update('sessions', { expiresAt }, { tokenHash });
      }),
    deleteSession: (tokenHash, audit) => auditedChange(audit, (tx) => tx.delete('sessions', { tokenHash })),
    deleteUserSessions: (userId, audit) => audited(audit, (tx) => tx.delete('sessions', { userId })),
    loginFailures: (keys, since) =>
      read((tx) =>
        tx.select(
          'loginFailures',
          { key: { in: keys }, at: { gt: since } },
          { orderBy: [['at', 'asc']], columns: ['key', 'at'] },
        ),
      ),
    recordLoginFailure: ({ keys, at, forgetUpTo }, audit) => {
      function* count(tx: Tx) {
        yield* tx.delete('loginFailures', { at: { lte: forgetUpTo } });
        yield* tx.insert(
          'loginFailures',
          keys.map((key) => ({ id: timeOrderedId(), key, at })),
        );
      }
      return audit ? audited(audit, count) : write(count);
    },
    clearLoginFailures: (key) =>
      write(function* (tx) {
        yield* tx.delete('loginFailures', { key });
      }),
    createApiToken: (row, audit) =>
      audited(audit, function* (tx) {
        yield* tx.insert('apiTokens', row);
      }),
    getApiToken: (tokenHash) => first(read((tx) => tx.select('apiTokens', { tokenHash }))),
    listApiTokens: (userId) =>
      read((tx) => tx.select('apiTokens', { userId }, { orderBy: [['createdAt', 'asc']] })),
    // The hash is the table's key: the first key at or after the prefix is the token, if it starts with it.
    findApiTokenByPrefix: async (prefix) => {
      const row = await first(
        read((tx) =>
          tx.select(
            'apiTokens',
            { tokenHash: { gte: prefix } },
            { orderBy: [['tokenHash', 'asc']], limit: 1 },
          ),
        ),
      );
      return row?.tokenHash.startsWith(prefix) ? row : undefined;
    },
    revokeApiToken: (tokenHash, at, audit) =>
      auditedChange(audit, (tx) => tx.update('apiTokens', { revokedAt: at }, { tokenHash, revokedAt: null })),

    getProcedure: (code) => first(read((tx) => tx.select('procedures', { code }))),
    searchProcedures: async (q) => {
      const { rows, total } = await read((tx) => tx.searchProcedures(q));
      return { items: rows, total };
    },
    procedureFacets: (q) => read((tx) => tx.procedureFacets(q)),
    getVersion: (id) => first(read((tx) => tx.select('procedureVersions', { id }))),
    listVersions: (procedureCode) =>
      read((tx) => tx.select('procedureVersions', { procedureCode }, { orderBy: [['version', 'asc']] })),
    createVersion: (row, procedure, audit, options = {}) =>
      audited(audit, function* (tx) {
        yield* tx.insert(
          'procedures',
          { ...procedure, liveVersionId: null, retiredAt: null },
          { ignoreConflicts: true },
        );
        const [last] = yield* tx.select(
          'procedureVersions',
          { procedureCode: row.procedureCode },
          { orderBy: [['version', 'desc']], limit: 1 },
        );
        const version: VersionRow = { ...row, version: (last?.version ?? 0) + 1 };
        yield* tx.insert('procedureVersions', version);
        if (options.live) {
          const { code: _code, createdAt: _createdAt, ...catalogue } = procedure;
          yield* tx.update(
            'procedures',
            { ...catalogue, liveVersionId: row.id, retiredAt: null },
            { code: row.procedureCode },
          );
        }
        return version;
      }),
    updateVersion: (change) =>
      audited(change.audit, function* (tx) {
        const updated = yield* tx.update('procedureVersions', change.set, {
          id: change.id,
          status: { in: change.expectStatus },
          ...(change.expectHash === undefined ? {} : { contentHash: change.expectHash }),
        });
        const [current] = yield* tx.select('procedureVersions', { id: change.id });
        if (updated === 0) throw new VersionStateConflict(current);
        if (change.procedure)
          yield* tx.update('procedures', change.procedure, { code: current.procedureCode });
        return current;
      }),

    createDossier: (plan) =>
      (driver.dossiers ? driver.dossiers.create(plan) : write((tx) => createDossierBody(tx, plan))).catch(
        async (error: unknown) => {
          if (!(error instanceof KeyClaimed) || !plan.idempotency) throw error;
          const { scope, key } = plan.idempotency;
          const first = await store.getIdempotency(scope, key);
          // No row: the key's first request did not commit after all (say, its SQLite group's COMMIT failed).
          if (!first) throw error;
          return { replayed: true, requestHash: first.requestHash, response: first.response };
        },
      ),
    commitDossier: (change) =>
      driver.dossiers ? driver.dossiers.commit(change) : write((tx) => commitDossierBody(tx, change)),
    getDossier: (by) => first(read((tx) => tx.select('dossiers', by))),
    listEvents: (dossierId) =>
      read((tx) => tx.select('dossierEvents', { dossierId }, { orderBy: [['seq', 'asc']] })),
    listTasks: (dossierId) =>
      read((tx) => tx.select('tasks', { dossierId }, { orderBy: [['taskId', 'asc']] })),
    assignTask: (dossierId, taskId, assigneeId, audit) =>
      auditedChange(audit, (tx) => tx.update('tasks', { assigneeId }, { dossierId, taskId })),
    worklist: async (q) => {
      const { rows, total, totalCapped } = await read((tx) => tx.worklist(q));
      return { items: rows, total, totalCapped };
    },
    dossiersOfApplicant: (applicantId, { limit, offset }) =>
      read(function* (tx) {
        const items = yield* tx.select(
          'dossiers',
          { applicantId },
          { orderBy: [['submittedAt', 'desc']], limit, offset },
        );
        return { items, total: yield* tx.count('dossiers', { applicantId }) };
      }),
    getIdempotency: (scope, key) => first(read((tx) => tx.select('idempotencyKeys', { scope, key }))),

    claimTimers: (q) => write((tx) => tx.claimTimers(q)),
    getTimer: (id) => first(read((tx) => tx.select('timers', { id }))),
    hasEarlierTimer: async (dossierId, fireAt) =>
      (
        await read((tx) =>
          tx.select(
            'timers',
            { dossierId, firedAt: null, fireAt: { lt: fireAt } },
            { columns: ['id'], limit: 1 },
          ),
        )
      ).length > 0,
    finishTimer: (id, fireAt, at) =>
      write(function* (tx) {
        return (yield* tx.update('timers', { firedAt: at }, { id, fireAt, firedAt: null })) > 0;
      }),
    releaseTimer: (id, owner) =>
      write(function* (tx) {
        yield* tx.update(
          'timers',
          { leaseUntil: null, leasedBy: null },
          { id, leasedBy: owner, firedAt: null },
        );
      }),
    listTimers: (dossierId) =>
      read((tx) => tx.select('timers', { dossierId }, { orderBy: [['fireAt', 'asc']] })),
    pendingNotifications: (limit) =>
      // Then by id: the notifications of one transaction share their time, and their ids count up (ids.ts).
      read((tx) =>
        tx.select(
          'outbox',
          { sentAt: null },
          {
            orderBy: [
              ['createdAt', 'asc'],
              ['id', 'asc'],
            ],
            limit,
          },
        ),
      ),
    markNotificationsSent: (ids, at) =>
      write(function* (tx) {
        yield* tx.update('outbox', { sentAt: at }, { id: { in: ids } });
      }),

    getCalendar: (id) => first(read((tx) => tx.select('calendars', { id }))),
    putCalendar: (row, audit) =>
      audited(audit, (tx) =>
        tx.upsert('calendars', row, ['id'], { spec: row.spec, updatedAt: row.updatedAt }),
      ),

    appendAudit: (entry) => write((tx) => appendAudit(tx, entry)),
    scanAudit: (chain, afterSeq, limit) =>
      read((tx) =>
        tx.select('auditLog', { chain, seq: { gt: afterSeq } }, { orderBy: [['seq', 'asc']], limit }),
      ),
    auditHeads: async () =>
      (await read((tx) => tx.auditHeads())).sort((a, b) =>
        a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0,
      ),
    scanAnchors: (afterSeq, limit) =>
      read((tx) =>
        tx.select('auditAnchors', { seq: { gt: afterSeq } }, { orderBy: [['seq', 'asc']], limit }),
      ),
    writeAnchor: (at, minIntervalMs = 0) => writeAnchor(read, write, at, minIntervalMs),
    scanDossiers: (afterId, limit) =>
      read((tx) =>
        tx.select('dossiers', afterId === undefined ? undefined : { id: { gt: afterId } }, {
          orderBy: [['id', 'asc']],
          limit,
        }),
      ),
    count: (table) => read((tx) => tx.count(table)),
  };
  return store;
}
