/**
 * Over a real socket: an upload over the limit is answered as soon as the limit is passed, and the rest of it is
 * never read (the connection is closed), so an endless upload costs the server nothing.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SAMPLES, withAttachmentServer } from './attachments-support.ts';
import { BIRTH } from '../support/examples.ts';

const MIB = 1024 * 1024;

/** Streams a multipart upload of `total` bytes until the server answers; returns the answer and the bytes sent. */
function endlessUpload(port: number, cookie: string | undefined, total: number) {
  const boundary = 'motcua-stream-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="procedureCode"\r\n\r\n${BIRTH.procedureCode}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="componentId"\r\n\r\napplicant_id\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  return new Promise<{ status: number; body: string; sent: number; connection?: string }>(
    (resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/attachments',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
          ...(cookie ? { cookie } : {}),
        },
      });
      req.on('response', (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body, sent, connection: res.headers.connection }),
        );
      });
      // The server closing the connection mid-upload is expected once it has answered.
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        if (sent === 0) {
          req.write(Buffer.concat([head, SAMPLES.pdf]));
          sent += head.length + SAMPLES.pdf.length;
        }
        while (!answered && !req.destroyed && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (sent >= total && !answered) req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    },
  );
}

await withAttachmentServer('an oversized upload over a socket', (h) => {
  let port: number;
  beforeAll(async () => {
    await h().app.listen({ host: '127.0.0.1', port: 0 });
    port = (h().app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    h().app.server.closeAllConnections();
  });

  it('is refused with 413 once 5 MB are passed, without reading the remaining gigabyte', async () => {
    const before = (await h().rows()).length;
    const res = await endlessUpload(port, await h().cookie('congdan'), 1024 * MIB);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(res.connection).toBe('close');
    // 5 MB read, plus what the socket buffers held when the answer came (about 3 MB on loopback).
    expect(res.sent).toBeLessThan(5 * MIB + 16 * MIB);
    expect((await h().rows()).length).toBe(before);
    expect(h().storedFiles()).toEqual([]);
  });

  it('refuses an anonymous upload before reading its body', async () => {
    const res = await endlessUpload(port, undefined, 1024 * MIB);
    expect(res.status).toBe(401);
    expect(res.connection).toBe('close');
    expect(res.sent).toBeLessThan(16 * MIB);
  });

  it('leaves no spool file when the client goes away mid-upload', async () => {
    const before = (await h().rows()).length;
    const boundary = 'motcua-abort-boundary';
    const req = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/attachments',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
        cookie: await h().cookie('congdan'),
      },
    });
    req.on('error', () => undefined);
    req.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="procedureCode"\r\n\r\n${BIRTH.procedureCode}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="componentId"\r\n\r\nbirth_certificate\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`,
    );
    req.write(Buffer.concat([SAMPLES.pdf, Buffer.alloc(MIB)]));
    const spool = () =>
      h()
        .storedFiles()
        .filter((f) => f.startsWith('tmp/') && f.endsWith('.part'));
    await vi.waitFor(() => expect(spool()).toHaveLength(1), { timeout: 10_000 });
    req.destroy();
    await vi.waitFor(() => expect(spool()).toEqual([]), { timeout: 10_000 });
    expect((await h().rows()).length).toBe(before);
  });
});
