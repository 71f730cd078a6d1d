/**
 * Citizens' drafts of applications (form_drafts): saved over and over as the form is filled, possibly from two
 * devices at once. A save names the revision it replaces and is decided inside its transaction, so that of two
 * devices saving over the same revision one wins and the other is told (RevisionConflict, nothing written).
 */
import { appendAudit } from './chain.ts';
import { RevisionConflict, type AuditInput, type FormDraftRow, type Page, type Store } from './store.ts';

export type DraftKey = Pick<FormDraftRow, 'userId' | 'procedureCode'>;

export function getDraft(store: Store, key: DraftKey): Promise<FormDraftRow | undefined> {
  return store.run(function* (tx) {
    const [row] = yield* tx.select('formDrafts', key);
    return row;
  }, 'read');
}

/**
 * Creates or replaces the draft and returns its new revision. `expected`: the revision the saving device last saw
 * (undefined: replace whatever is there); another one stored, or none, is a RevisionConflict.
 */
export function saveDraft(
  store: Store,
  draft: Omit<FormDraftRow, 'revision'>,
  expected: number | undefined,
  audit: AuditInput,
): Promise<number> {
  const key = { userId: draft.userId, procedureCode: draft.procedureCode };
  return store.run(function* (tx) {
    const [current] = yield* tx.select('formDrafts', key, { columns: ['revision'] });
    if (expected !== undefined && current?.revision !== expected)
      throw new RevisionConflict(current?.revision);
    const revision = (current?.revision ?? 0) + 1;
    // Written only over the revision just read: a save committed in between makes this one a conflict.
    const written = current
      ? yield* tx.update('formDrafts', { ...draft, revision }, { ...key, revision: current.revision })
      : yield* tx.insert('formDrafts', { ...draft, revision }, { ignoreConflicts: true });
    if (written === 0) {
      const [now] = yield* tx.select('formDrafts', key, { columns: ['revision'] });
      throw new RevisionConflict(now?.revision);
    }
    yield* appendAudit(tx, { ...audit, payload: { ...audit.payload, revision } });
    return revision;
  });
}

/** Removes the draft; audited only when there was one. */
export function discardDraft(store: Store, key: DraftKey, audit: AuditInput): Promise<boolean> {
  return store.run(function* (tx) {
    const removed = (yield* tx.delete('formDrafts', key)) > 0;
    if (removed) yield* appendAudit(tx, audit);
    return removed;
  });
}

export type DraftSummary = Pick<FormDraftRow, 'procedureCode' | 'versionId' | 'revision' | 'updatedAt'> & {
  procedure: { nameVi: string; nameEn: string; live: boolean };
};

/** A user's drafts, last saved first, with the names of their procedures (without the form data). */
export function draftsOf(
  store: Store,
  userId: string,
  page: { limit: number; offset: number },
): Promise<Page<DraftSummary>> {
  return store.run(function* (tx) {
    const rows = yield* tx.select(
      'formDrafts',
      { userId },
      {
        columns: ['procedureCode', 'versionId', 'revision', 'updatedAt'],
        orderBy: [
          ['updatedAt', 'desc'],
          ['procedureCode', 'asc'],
        ],
        ...page,
      },
    );
    const codes = rows.map((r) => r.procedureCode);
    const procedures =
      codes.length === 0
        ? []
        : yield* tx.select(
            'procedures',
            { code: { in: codes } },
            { columns: ['code', 'nameVi', 'nameEn', 'liveVersionId'] },
          );
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    const items = rows.map((r) => {
      const p = byCode.get(r.procedureCode)!;
      return { ...r, procedure: { nameVi: p.nameVi, nameEn: p.nameEn, live: p.liveVersionId !== null } };
    });
    return { items, total: yield* tx.count('formDrafts', { userId }) };
  }, 'read');
}
