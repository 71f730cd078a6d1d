/**
 * Rows of uploaded files. Their content lives under `<dataDir>/files` (SQLite) or in the row's `content` column
 * (PostgreSQL): metadata reads leave that column out, so that checking who may see a 100 MB drawing, or linking
 * ten files to a dossier, never loads their bytes.
 */
import { getTableColumns } from 'drizzle-orm';
import { appendAudit } from './chain.ts';
import * as schema from './schema.sqlite.ts';
import type { AuditInput, Store } from './store.ts';
import type { Row } from './tx.ts';

export type AttachmentRow = Row<'attachments'>;
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

/** Every column but `content` (the same keys in both dialects). */
const META_COLUMNS = Object.keys(getTableColumns(schema.attachments)).filter(
  (key) => key !== 'content',
) as (keyof AttachmentMeta)[];

/** Writes the row and its audit entry; call it only once the content is where `storagePath` or `content` say. */
export function insertAttachment(store: Store, row: AttachmentRow, audit: AuditInput): Promise<void> {
  return store.run(function* (tx) {
    yield* tx.insert('attachments', row);
    yield* appendAudit(tx, audit);
  });
}

/** The rows with these ids (any order, unknown ids left out), without their content. */
export async function attachmentsById(store: Store, ids: string[]): Promise<AttachmentMeta[]> {
  if (ids.length === 0) return [];
  return store.run((tx) => tx.select('attachments', { id: { in: ids } }, { columns: META_COLUMNS }), 'read');
}

/** The content kept in the database (PostgreSQL), if any. */
export async function attachmentContent(store: Store, id: string): Promise<Buffer | undefined> {
  const [row] = await store.run((tx) => tx.select('attachments', { id }, { columns: ['content'] }), 'read');
  return row?.content ?? undefined;
}

/**
 * A new row for content already stored (a document reused from the personal data store), with its audit entry:
 * SQLite shares the source's content-addressed file, PostgreSQL copies its bytes within the transaction. False,
 * with nothing written, when the source row is gone.
 */
export function copyAttachment(
  store: Store,
  sourceId: string,
  row: Omit<AttachmentRow, 'storagePath' | 'content'>,
  audit: AuditInput,
): Promise<boolean> {
  return store.run(function* (tx) {
    const [source] = yield* tx.select(
      'attachments',
      { id: sourceId },
      { columns: ['storagePath', 'content'] },
    );
    if (!source) return false;
    yield* tx.insert('attachments', { ...row, ...source });
    yield* appendAudit(tx, audit);
    return true;
  });
}
