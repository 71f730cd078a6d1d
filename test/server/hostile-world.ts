/**
 * The world of the hostile-input suites: a server per dialect with the demo seed, two more accounts and
 * resources that belong to someone else (a dossier with its open task and files, a draft application, a
 * procedure draft, an API token, …); the check every hostile request goes through; and fresh credentials, real
 * and forged, for each route.
 */
import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import * as tables from '../../server/store/schema.sqlite.ts';
import type { Store, TableName } from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { cookieJar, demoPassword, signIn, type TestServer } from '../support/http.ts';
import { multipart, SAMPLES } from './attachments-support.ts';
import { fits, type Schema } from './hostile-support.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const TABLES = Object.keys(tables) as TableName[];
/** What a refusal may write: the counting that throttles guessing, and the audit entry of each guess. */
const THROTTLE_TABLE: TableName = 'loginFailures';
const THROTTLE_AUDIT = new Set(['auth.login_failed', 'dossier.lookup_miss', 'result.verify_miss']);
const LEAK = /\bat .+:\d+:\d+|node_modules|stack|RangeError|TypeError|SQLITE|syntax error|relation "/i;

export const json = { 'content-type': 'application/json' };

export interface Expect {
  /** The answer must be a refusal (a forged identity on a signed-in route, another user's resource). */
  refused?: boolean;
}

/** Credentials for one route's requests. */
export interface Sessions {
  /** A reception officer's real session cookie. */
  motcua: string;
  /** Headers of no one, or of someone who is not who they claim. */
  forged: Record<string, Record<string, string>>;
  /** Real sessions of people the pool's resources do not belong to. */
  others: Record<string, Record<string, string>>;
}

export interface HostileWorld {
  /** Identifiers of things that belong to someone else. */
  pool: string[];
  /** Sends one hostile request from an address of its own (so throttles stay out of the way) and checks it. */
  hostile(label: string, request: InjectOptions, expectation?: Expect): Promise<void>;
  /** Fresh sessions: a hostile request may end the session it came with. */
  sessions(): Promise<Sessions>;
  /** The pool's values that a property of `schema` accepts (all of them when it does not name the property). */
  poolFor(schema: Schema | undefined, name: string): string[];
}

export async function hostileSuite(name: string, body: (world: () => HostileWorld) => void): Promise<void> {
  await withStores(name, (suite) => {
    let server: TestServer;
    let sent = 0;
    let address = 0;
    const statuses = new Map<number, number>();
    /** Identifiers of things that belong to someone else: a dossier, its task and file, a draft, a token, … */
    const pool: string[] = [];
    let revokedToken = '';

    beforeAll(async () => {
      server = await demoServer(suite, {
        users: [
          {
            login: 'congdan2',
            password: 'pw-congdan2',
            roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }],
          },
          {
            login: 'canbokhac',
            password: 'pw-canbokhac',
            roles: [{ unitCode: '000.00.15.H41', role: 'specialist' }],
          },
        ],
      });
      const jar = cookieJar(server.app, { congdan2: 'pw-congdan2' });
      const as = async (login: string, method: InjectOptions['method'], url: string, payload?: object) => {
        const res = await server.app.inject({ method, url, headers: { cookie: await jar(login) }, payload });
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
        return (res.body === '' ? {} : res.json()) as Record<string, unknown>;
      };
      // congdan's dossier, accepted and paid (a specialist's task is open), with a file not yet handed in.
      const submitted = await submitOnline(server.app, await jar('congdan'), 'birth-registration', BIRTH);
      const code = submitted.json().code as string;
      await as('motcua', 'POST', `/api/v1/dossiers/${code}/actions`, { action: 'accept', revision: 1 });
      const paid = await as('motcua', 'POST', `/api/v1/dossiers/${code}/actions`, {
        action: 'pay',
        revision: 2,
        input: { amount: 16000, method: 'counter', reference: 'BL-1' },
      });
      const { payload, contentType } = multipart(
        { componentId: 'applicant_id', procedureCode: BIRTH.procedureCode },
        { name: 'cccd.pdf', type: 'application/pdf', bytes: SAMPLES.pdf },
      );
      const file = await server.app.inject({
        method: 'POST',
        url: '/api/v1/attachments',
        payload,
        headers: { cookie: await jar('congdan'), 'content-type': contentType },
      });
      // congdan's next application, saved as a draft (the code in the pool names it for the others).
      await as('congdan', 'PUT', `/api/v1/me/drafts/${BIRTH.procedureCode}`, { data: BIRTH.data });
      const liveVersion = (await suite.store().getProcedure(BIRTH.procedureCode))!.liveVersionId!;
      const draft = await as('thietke', 'POST', '/api/v1/procedures/drafts', { fromVersion: liveVersion });
      const token = await as('congdan', 'POST', '/api/v1/tokens', { name: 'tích hợp' });
      const revoked = await as('congdan2', 'POST', '/api/v1/tokens', { name: 'cũ' });
      await as('congdan2', 'DELETE', `/api/v1/tokens/${revoked.id as string}`);
      revokedToken = revoked.token as string;
      const dossierId = (await suite.store().getDossier({ code }))!.id;
      const openTask = (await suite.store().listTasks(dossierId))[0];
      // A document of congdan's personal data store: a file handed in with the dossier.
      const [document] = await suite
        .store()
        .run((tx) => tx.select('attachments', { dossierId }, { columns: ['id'], limit: 1 }), 'read');
      pool.push(
        code,
        openTask.taskId,
        file.json().id as string,
        document.id,
        draft.id as string,
        liveVersion,
        token.id as string,
        (await suite.store().findUserByLogin('congdan'))!.id,
        BIRTH.procedureCode,
        '000.01.01.H41',
      );
      expect((paid as { status: string }).status).toBe('received');
    });
    afterAll(async () => {
      console.log(
        `${name} (${suite.dialect}): ${sent} requests; answers ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(', ')}`,
      );
      await server.close();
    });

    /** Row counts of every table: what a refusal must leave as it was; and the audit chains' last seqs. */
    const snapshot = (store: Store) =>
      store.run(function* (tx) {
        const counts: Partial<Record<TableName, number>> = {};
        for (const table of TABLES) counts[table] = yield* tx.count(table);
        const heads = new Map((yield* tx.auditHeads()).map((h) => [h.chain, h.seq]));
        return { counts, heads };
      }, 'read');
    /** The counts after the last request (undefined when the set-up of a route wrote since). */
    let counted: Awaited<ReturnType<typeof snapshot>> | undefined;

    async function hostile(label: string, request: InjectOptions, expectation: Expect = {}) {
      const before = counted ?? (await snapshot(suite.store()));
      const res: LightMyRequestResponse = await server.app.inject({
        ...request,
        remoteAddress: `10.${suite.dialect === 'pg' ? 2 : 1}.${(++address >> 8) & 255}.${address & 255}`,
      });
      const after = (counted = await snapshot(suite.store()));
      sent++;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const what = `${label} — ${request.method} ${String(request.url).slice(0, 120)}: ${res.statusCode} ${res.body.slice(0, 300)}`;
      expect(res.statusCode, what).toBeLessThan(500);
      if (expectation.refused) expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
      if (res.statusCode < 400) return;
      expect(res.body, what).not.toMatch(LEAK);
      // tRPC wraps the product's error in its envelope, one per call of a batch.
      type Envelope = { error?: { code?: string; message?: unknown; data?: { error?: unknown } } };
      const trpc = String(request.url).startsWith('/trpc');
      const parsed = JSON.parse(res.body) as Envelope | Envelope[];
      const errors = (Array.isArray(parsed) ? parsed : [parsed])
        .filter((e) => !trpc || e.error)
        .map((e) => (trpc ? e.error?.data?.error : e.error));
      expect(errors.length, what).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error, what).toMatchObject({
          code: expect.any(String),
          message: { vi: expect.any(String), en: expect.any(String) },
        });
      }
      for (const table of TABLES) {
        if (table !== THROTTLE_TABLE && table !== 'auditLog')
          expect(after.counts[table], `${table}: ${what}`).toBe(before.counts[table]);
      }
      const written = [];
      for (const chain of after.heads.keys())
        written.push(...(await suite.store().scanAudit(chain, before.heads.get(chain) ?? 0, 100)));
      expect(
        written.filter((e) => !THROTTLE_AUDIT.has(e.action)).map((e) => e.action),
        what,
      ).toEqual([]);
    }

    async function sessions(): Promise<Sessions> {
      const motcua = await signIn(server.app, 'motcua', demoPassword('motcua'));
      const value = motcua.slice(motcua.indexOf('=') + 1);
      const tampered = `motcua_session=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
      const others = {
        'another citizen': { cookie: await signIn(server.app, 'congdan2', 'pw-congdan2') },
        'an officer of another unit': { cookie: await signIn(server.app, 'canbokhac', 'pw-canbokhac') },
      } as Record<string, Record<string, string>>;
      counted = undefined;
      return {
        motcua,
        forged: {
          anonymous: {},
          'forged cookie': { cookie: `motcua_session=${randomBytes(32).toString('base64url')}` },
          'tampered cookie': { cookie: tampered },
          'forged token': { authorization: `Bearer ${randomBytes(32).toString('base64url')}` },
          'revoked token': { authorization: `Bearer ${revokedToken}` },
          'malformed authorization': { authorization: 'Basic Zm9vOmJhcg==' },
        },
        others,
      };
    }

    function poolFor(schema: Schema | undefined, name: string): string[] {
      const prop = ((schema?.properties ?? {}) as Record<string, Schema>)[name];
      return prop ? pool.filter((v) => fits(prop, v)) : pool;
    }

    body(() => ({ pool, hostile, sessions, poolFor }));
  });
}
