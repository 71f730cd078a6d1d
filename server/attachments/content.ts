/**
 * Where the bytes of attachments live. SQLite: files under `<dataDir>/files/<first two hex digits>/<sha256>`,
 * content-addressed (the same scan uploaded twice is kept once). PostgreSQL: the row's `content` column, so that
 * several server processes on different machines see the same files and one backup holds everything.
 * Uploads are spooled to `<dataDir>/files/tmp` in both cases, on the same file system as their final place, so
 * that a rename publishes a complete file: a crash leaves at worst a `.part` file in tmp, never a torn file.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { attachmentContent, type AttachmentMeta } from '../store/attachments.ts';
import type { Store } from '../store/index.ts';
import type { Received } from './receive.ts';

/** Spool files older than this are left over from a crash: no upload takes a day. */
const STALE_SPOOL_MS = 24 * 3_600_000;
const STORED_PATH = /^files\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

export interface ContentStore {
  readonly tmpDir: string;
  /** Whether the spooled file must be fsynced (it becomes the stored file). */
  readonly durable: boolean;
  /** Puts a received file in its final place; returns the row's columns that say where it is. */
  keep(received: Received): Promise<{ storagePath: string | null; content: Buffer | null }>;
  /** The stored bytes, or undefined when they are missing (a damaged data directory). */
  read(row: AttachmentMeta): Promise<{ stream: Readable } | { buffer: Buffer } | undefined>;
  /** Removes spool files left by a crash. */
  sweep(now: number): Promise<void>;
}

/** Makes a rename durable: the directory entry is only on disk once the directory is fsynced. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function contentStore(store: Store, dataDir: string): ContentStore {
  const filesDir = join(dataDir, 'files');
  const tmpDir = join(filesDir, 'tmp');
  const inDatabase = store.dialect === 'pg';
  return {
    tmpDir,
    durable: !inDatabase,
    async keep(received) {
      if (inDatabase) return { storagePath: null, content: await readFile(received.tmpPath) };
      const prefix = received.sha256.slice(0, 2);
      const dir = join(filesDir, prefix);
      await mkdir(dir, { recursive: true });
      // Same name, same bytes: replacing a file another row shares is harmless (readers keep their open file).
      await rename(received.tmpPath, join(dir, received.sha256));
      await syncDir(dir);
      return { storagePath: `files/${prefix}/${received.sha256}`, content: null };
    },
    async read(row) {
      if (row.storagePath === null) {
        const buffer = await attachmentContent(store, row.id);
        return buffer ? { buffer } : undefined;
      }
      // The path comes from our own rows, but a tampered row must not read outside the data directory.
      if (!STORED_PATH.test(row.storagePath)) return undefined;
      const path = join(dataDir, row.storagePath);
      const found = await stat(path).catch(() => undefined);
      if (!found || found.size !== row.size) return undefined;
      return { stream: createReadStream(path) };
    },
    async sweep(now) {
      const names = await readdir(tmpDir).catch(() => [] as string[]);
      for (const name of names) {
        if (!name.endsWith('.part')) continue;
        const path = join(tmpDir, name);
        const info = await stat(path).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_SPOOL_MS) await rm(path, { force: true });
      }
    },
  };
}
