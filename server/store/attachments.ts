/**
 * Rows of uploaded files. Their content lives under `<dataDir>/files` (SQLite) or in the row's `content` column
 * (PostgreSQL): metadata reads leave that column out, so that checking who may see a 100 MB drawing, or linking
 * ten files to a dossier, never loads their bytes.
 */
import { eq, getTableColumns, inArray } from 'drizzle-orm';
import { appendAudit } from './chain.ts';
import * as pgSchema from './schema.pg.ts';
import * as sqliteSchema from './schema.sqlite.ts';
import type { AuditInput, Store } from './store.ts';
import type { Row } from './tx.ts';

export type AttachmentRow = Row<'attachments'>;
export type AttachmentMeta = Omit<AttachmentRow, 'content'>;

function metaColumns<T extends Record<string, unknown>>(columns: T): Omit<T, 'content'> {
  const { content: _content, ...rest } = columns;
  return rest;
}

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
  const h = store.handle;
  if (h.dialect === 'sqlite') {
    const t = sqliteSchema.attachments;
    return h.db
      .select(metaColumns(getTableColumns(t)))
      .from(t)
      .where(inArray(t.id, ids))
      .all();
  }
  const t = pgSchema.attachments;
  return h.db
    .select(metaColumns(getTableColumns(t)))
    .from(t)
    .where(inArray(t.id, ids));
}

/** The content kept in the database (PostgreSQL), if any. */
export async function attachmentContent(store: Store, id: string): Promise<Buffer | undefined> {
  const h = store.handle;
  if (h.dialect === 'sqlite') {
    const t = sqliteSchema.attachments;
    const [row] = h.db.select({ content: t.content }).from(t).where(eq(t.id, id)).all();
    return row?.content ?? undefined;
  }
  const t = pgSchema.attachments;
  const [row] = await h.db.select({ content: t.content }).from(t).where(eq(t.id, id));
  return row?.content ?? undefined;
}
