/**
 * Set-up of the attachment tests: a server per dialect on a fresh database (withStores: a SQLite file, or a
 * PostgreSQL database created and dropped) with the demo seed and a few more accounts, multipart bodies, and
 * sample files.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../server/store/index.ts';
import { withStores, type Dialect, type TestDb } from '../support/db.ts';
import { addUsers, cookieJar, seedDemoFast, T0, testServer, type TestClock } from '../support/http.ts';
import { multipart, type FilePart } from '../support/uploads.ts';

export { multipart, SAMPLES, type FilePart } from '../support/uploads.ts';

export const COMMUNE = '000.01.01.H41';
export const OTHER_UNIT = '000.00.15.H41';
/** Household business: `application` takes PDF only. */
export const BUSINESS_CODE = '2.000720';

/** Accounts besides the demo ones: a second citizen, an officer of the commune only, one of another unit only. */
const EXTRA = [
  { login: 'congdan2', password: 'congdan2-pass', roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }] },
  { login: 'canboxa', password: 'canboxa-pass', roles: [{ unitCode: COMMUNE, role: 'specialist' }] },
  { login: 'canbokhac', password: 'canbokhac-pass', roles: [{ unitCode: OTHER_UNIT, role: 'specialist' }] },
];

export interface Harness {
  dialect: Dialect;
  app: FastifyInstance;
  store: Store;
  db: TestDb;
  clock: TestClock;
  /** The Cookie header of a signed-in account (signed in once). */
  cookie(login: string): Promise<string>;
  upload(
    login: string | undefined,
    fields: Record<string, string>,
    file?: FilePart,
  ): Promise<LightMyRequestResponse>;
  download(
    login: string | undefined,
    id: string,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  submit(
    login: string,
    body: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Every file under <dataDir>/files (relative paths), the spool included. */
  storedFiles(): string[];
  /** Attachment rows, read past the Store. */
  rows(): Promise<Record<string, unknown>[]>;
}

function walk(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

/** Runs `body` once per dialect (PostgreSQL skipped with a notice when unreachable, unless MOTCUA_STRICT_TESTS). */
export async function withAttachmentServer(name: string, body: (h: () => Harness) => void): Promise<void> {
  await withStores(name, (s) => {
    let harness: Harness | undefined;
    beforeAll(async () => {
      const db = s.db();
      const { app, store, clock } = await testServer({
        store: s.store(),
        dataDir: db.dataDir,
        setup: async (store) => {
          await seedDemoFast(store, T0 - 86_400_000);
          await addUsers(
            store,
            T0,
            EXTRA.map((u) => ({ ...u })),
          );
        },
      });
      const cookie = cookieJar(app, Object.fromEntries(EXTRA.map((u) => [u.login, u.password])));
      const auth = async (login: string | undefined) => (login ? { cookie: await cookie(login) } : {});
      harness = {
        dialect: s.dialect,
        app,
        store,
        db,
        clock,
        cookie,
        async upload(login, fields, file) {
          const { payload, contentType } = multipart(fields, file);
          return app.inject({
            method: 'POST',
            url: '/api/v1/attachments',
            payload,
            headers: { ...(await auth(login)), 'content-type': contentType },
          });
        },
        async download(login, id, headers = {}) {
          return app.inject({
            method: 'GET',
            url: `/api/v1/attachments/${id}`,
            headers: { ...(await auth(login)), ...headers },
          });
        },
        async submit(login, payload, headers = {}) {
          return app.inject({
            method: 'POST',
            url: '/api/v1/dossiers',
            payload,
            headers: { ...(await auth(login)), ...headers },
          });
        },
        storedFiles: () => walk(join(db.dataDir, 'files'), join(db.dataDir, 'files')).sort(),
        rows: () =>
          db.exec(
            'select id, dossier_id, owner_id, component_id, storage_path, size, sha256 from attachments order by created_at, id',
          ),
      };
    });
    // The database (and its Store) is withStores': dropped after this.
    afterAll(async () => {
      await harness?.app.close();
    });
    body(() => harness!);
  });
}
