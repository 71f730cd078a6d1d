/**
 * The bench's load generator: keep-alive HTTP/1.1 connections on 127.0.0.1, one request in flight on each, for a
 * given time. It shares the machine's cores with the server and PostgreSQL, and whatever it spends comes out of the
 * server's rate in the side-by-side with pgbench, whose client is a lean C program. autocannon, used before, spent
 * 0.26–0.40 ms of CPU per submission here: it rebuilds the whole request whenever one header changes (each
 * submission has its own Idempotency-Key) and parses every response with a JavaScript HTTP parser. This writes a
 * request as three prepared buffers and reads only what it needs of the answer: its status and its length.
 */
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  url: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The request bodies, sent in turn. */
  bodies?: string[];
  connections: number;
  seconds: number;
  /** Each request with an Idempotency-Key of its own. */
  idempotent?: boolean;
}

export interface LoadResult {
  /** Latencies of the 2xx answers, ms. */
  latencies: number[];
  /** Answers by status, and requests that got none (`error`). */
  statuses: Map<string, number>;
  /** From the first request to the last answer, s. */
  seconds: number;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
/** How long the run waits for the answers in flight when its time is up. */
const DRAIN_MS = 10_000;

export function load(options: LoadOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.url);
  const lines = [
    `${options.method} ${options.path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    'Connection: keep-alive',
  ];
  for (const [name, value] of Object.entries(options.headers)) lines.push(`${name}: ${value}`);
  const bodies = (options.bodies ?? ['']).map((text) => Buffer.from(text));
  // Everything but the Idempotency-Key and the blank line, per body.
  const heads = bodies.map((body) =>
    Buffer.from(`${lines.join('\r\n')}\r\n${body.length > 0 ? `Content-Length: ${body.length}\r\n` : ''}`),
  );
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const count = (status: string) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  let last = start;
  let sent = 0;
  let open = 0;

  return new Promise((resolve, reject) => {
    const finish = () => {
      if (open > 0) return;
      clearTimeout(drain);
      resolve({
        latencies,
        statuses,
        seconds: (last > start ? last - start : options.seconds * 1000) / 1000,
      });
    };
    const fail = (error: Error) => {
      clearTimeout(drain);
      for (const socket of sockets) socket.destroy();
      reject(error);
    };
    const drain = setTimeout(
      () => {
        for (const socket of sockets) socket.destroy();
      },
      options.seconds * 1000 + DRAIN_MS,
    );

    /** One connection: a request, its answer, the next request, until the time is up. */
    const connection = (): Socket => {
      open++;
      let pending: Buffer = Buffer.alloc(0);
      let began = 0;
      let waiting = false;
      const socket = connect(Number(port), hostname);
      socket.setNoDelay(true);
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          return;
        }
        const i = sent++ % bodies.length;
        began = performance.now();
        waiting = true;
        socket.cork();
        socket.write(heads[i]);
        socket.write(options.idempotent ? `Idempotency-Key: ${randomUUID()}\r\n\r\n` : '\r\n');
        if (bodies[i].length > 0) socket.write(bodies[i]);
        socket.uncork();
      };
      socket.on('data', (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        const end = pending.indexOf(HEAD_END);
        if (end < 0) return;
        const head = pending.toString('latin1', 0, end);
        const length = LENGTH.exec(head);
        if (!length) {
          socket.destroy(new Error(`bench load: an answer without Content-Length:\n${head}`));
          return;
        }
        const total = end + HEAD_END.length + Number(length[1]);
        if (pending.length < total) return;
        // One request at a time on a connection: nothing follows its answer.
        pending = Buffer.alloc(0);
        waiting = false;
        last = performance.now();
        const status = head.slice(9, 12);
        if (status[0] === '2') latencies.push(last - began);
        count(status);
        send();
      });
      let connected = false;
      socket.on('connect', () => {
        connected = true;
        send();
      });
      socket.on('error', (error: Error) => {
        if (error.message.startsWith('bench load:')) fail(error);
        // A server that cannot be reached stops the run, rather than being asked again and again.
        else if (!connected)
          fail(new Error(`bench load: ${options.url} cannot be reached: ${error.message}`));
      });
      socket.on('close', () => {
        open--;
        if (!connected) return;
        if (waiting) count('error');
        // A connection the server closed before the time was up is opened again.
        if (performance.now() < deadline) sockets.push(connection());
        finish();
      });
      return socket;
    };
    const sockets: Socket[] = [];
    for (let i = 0; i < options.connections; i++) sockets.push(connection());
  });
}
