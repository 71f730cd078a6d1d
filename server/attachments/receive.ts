/**
 * Reads an upload stream into a temporary file: counts and hashes while reading, stops at the first byte over the
 * limit, and decides the type from the first bytes before anything reaches the disk. Memory use is one chunk plus
 * the 8 KiB head, whatever the file's size.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyFile } from './errors.ts';
import { sniffMediaType, type SniffedType } from './sniff.ts';

/** Enough for every signature sniff.ts reads (an office document's first zip entries). */
const HEAD_BYTES = 8192;

export interface Received {
  tmpPath: string;
  size: number;
  sha256: string;
  mediaType: SniffedType;
}

export interface ReceiveOptions {
  maxBytes: number;
  tmpDir: string;
  /** Checks the sniffed type (undefined: not recognised) and throws to refuse it; nothing is written before. */
  inspect(sniffed: SniffedType | undefined): SniffedType;
  tooLarge(): Error;
  /** Whether the source was cut short by the parser's own size cap (it ends without an error). */
  truncated(): boolean;
  /** fsync the temporary file (it will be renamed into place and must survive a power loss). */
  durable: boolean;
}

async function writeAll(file: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

export async function receive(source: AsyncIterable<Buffer>, options: ReceiveOptions): Promise<Received> {
  const hash = createHash('sha256');
  let size = 0;
  let head: Buffer[] = [];
  let mediaType: SniffedType | undefined;
  let file: FileHandle | undefined;
  let tmpPath: string | undefined;

  const begin = async () => {
    const first = Buffer.concat(head);
    head = [];
    if (first.length === 0) throw emptyFile();
    mediaType = options.inspect(await sniffMediaType(first));
    await mkdir(options.tmpDir, { recursive: true });
    tmpPath = join(options.tmpDir, `${randomUUID()}.part`);
    file = await open(tmpPath, 'wx', 0o600);
    await writeAll(file, first);
  };

  try {
    // Leaving this loop early (a throw) closes the source: the rest of the upload is never read.
    for await (const chunk of source) {
      size += chunk.length;
      if (size > options.maxBytes) throw options.tooLarge();
      hash.update(chunk);
      if (file) {
        await writeAll(file, chunk);
      } else {
        head.push(chunk);
        if (size >= HEAD_BYTES) await begin();
      }
    }
    // The multipart parser's own cap ends a stream early without an error: it was too large all the same.
    if (options.truncated()) throw options.tooLarge();
    if (!file) await begin();
    if (options.durable) await file!.sync();
    await file!.close();
    file = undefined;
    return { tmpPath: tmpPath!, size, sha256: hash.digest('hex'), mediaType: mediaType! };
  } catch (error) {
    await file?.close().catch(() => undefined);
    if (tmpPath) await rm(tmpPath, { force: true });
    throw error;
  }
}
