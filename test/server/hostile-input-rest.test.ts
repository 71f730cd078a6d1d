/**
 * Hostile input on every REST route and web page, generated from the server's own route table with the JSON
 * Schemas each route declares, never from a hand-picked list: malformed and deeply nested JSON, wrong types,
 * unknown fields, oversized strings and arrays, broken multipart, bad query strings, path parameters and headers,
 * wrong content types and methods, forged, tampered and revoked credentials, a cross-site write, and other users'
 * resources. No 500, no stack in any error body, and no write on a refusal (hostile-world.ts). Both dialects; the
 * number of requests is printed.
 */
import type { InjectOptions } from 'fastify';
import { it } from 'vitest';
import type { RouteEntry } from '../../server/http/route-table.ts';
import { testServer } from '../support/http.ts';
import { multipart, SAMPLES } from './attachments-support.ts';
import {
  BROKEN_JSON,
  brokenObjects,
  brokenQueries,
  callersOwn,
  HOSTILE_PARAMS,
  sample,
  type Schema,
  type Variant,
} from './hostile-support.ts';
import { hostileSuite, json } from './hostile-world.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The routes, read from a server's route table (they do not depend on its database). */
const probe = await testServer();
const ROUTES: RouteEntry[] = probe.app.routeTable.entries.filter(
  // HEAD answers as GET does, without a body; tRPC's one catch-all route has its own suite, procedure by procedure.
  (r) => r.method !== 'HEAD' && !r.url.startsWith('/trpc'),
);
const METHODS = new Map<string, string[]>();
for (const r of probe.app.routeTable.entries) METHODS.set(r.url, [...(METHODS.get(r.url) ?? []), r.method]);
await probe.close();

const paramsOf = (url: string) => [...url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*');
const fill = (url: string, values: Record<string, string>) =>
  url.replace(/:(\w+)|\*/g, (_m, name: string | undefined) => values[name ?? '*']);

await hostileSuite('hostile input, REST', (world) => {
  /** Every combination of pool values for the parameters (at most 24), as URL fillers. */
  function poolCombos(route: RouteEntry, names: string[]): Record<string, string>[] {
    const { poolFor } = world();
    let combos: Record<string, string>[] = [{}];
    for (const name of names) {
      const values = poolFor(route.schema?.params as Schema | undefined, name);
      combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: encodeURIComponent(v) })));
    }
    return combos.slice(0, 24);
  }

  it.each(ROUTES.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', async (_name, route) => {
    const { hostile, sessions, poolFor, pool } = world();
    const { motcua, forged, others } = await sessions();
    const names = paramsOf(route.url);
    const base = Object.fromEntries(
      names.map((n) => [n, encodeURIComponent(poolFor(route.schema?.params as Schema, n)[0] ?? 'abc')]),
    );
    const url = fill(route.url, base);
    const bodySchema = route.schema?.body as Schema | undefined;
    const multipartBody = route.openapi?.requestBody?.content['multipart/form-data'];
    const body = bodySchema ? JSON.stringify(sample(bodySchema)) : undefined;
    const send = (headers: Record<string, string>, at = url, payload = body): InjectOptions => ({
      method: route.method as InjectOptions['method'],
      url: at,
      headers: payload === undefined ? headers : { ...json, ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
    const signedInRoute = route.openapi?.auth === 'session';

    for (const [who, headers] of Object.entries(forged)) {
      await hostile(who, send(headers), { refused: signedInRoute });
    }
    if (WRITES.has(route.method)) {
      await hostile('cross-site write', send({ cookie: motcua, origin: 'https://evil.example' }), {
        refused: true,
      });
    }
    for (const [who, headers] of Object.entries(others)) {
      for (const combo of names.length > 0 ? poolCombos(route, names) : [{}]) {
        await hostile(`${who}, ${JSON.stringify(combo)}`, send(headers, fill(route.url, combo)), {
          refused: names.length > 0 && WRITES.has(route.method) && !callersOwn(route.url),
        });
      }
    }
    if (bodySchema) {
      for (const v of BROKEN_JSON) await hostile(v.label, send({ cookie: motcua }, url, v.value));
      for (const v of brokenObjects(bodySchema)) {
        await hostile(v.label, send({ cookie: motcua }, url, v.value));
      }
      await hostile(
        'over the body limit',
        send({ cookie: motcua }, url, JSON.stringify({ x: 'x'.repeat(1_100_000) })),
      );
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      await hostile(type, {
        ...send({ cookie: motcua }, url, body ?? 'a=1'),
        headers: { cookie: motcua, 'content-type': type },
      });
    }
    if (multipartBody) {
      const fields = Object.keys(((multipartBody.schema as Schema).properties ?? {}) as object).filter(
        (f) => f !== 'file',
      );
      const variants: Variant<Record<string, string>>[] = [
        { label: 'no fields', value: {} },
        ...fields.map((f) => ({ label: `${f} oversized`, value: { [f]: 'x'.repeat(5000) } })),
        ...pool.map((v) => ({
          label: `fields of another's resource ${v}`,
          value: Object.fromEntries(fields.map((f) => [f, v])),
        })),
      ];
      for (const v of variants) {
        const { payload, contentType } = multipart(v.value, {
          name: 'a.pdf',
          type: 'application/pdf',
          bytes: SAMPLES.pdf,
        });
        for (const headers of [{ cookie: motcua }, ...Object.values(others)]) {
          await hostile(`multipart, ${v.label}`, {
            ...send(headers, url),
            payload,
            headers: { ...headers, 'content-type': contentType },
          });
        }
      }
      await hostile('broken multipart', {
        ...send({ cookie: motcua }, url),
        payload: '--nope\r\ngarbage',
        headers: { cookie: motcua, 'content-type': 'multipart/form-data; boundary=xyz' },
      });
    }
    for (const v of brokenQueries(route.schema?.querystring as Schema | undefined)) {
      await hostile(`query ${v.label}`, send({ cookie: motcua }, `${url}?${v.value}`));
    }
    for (const name of names) {
      for (const v of HOSTILE_PARAMS) {
        await hostile(
          `${name}: ${v.label}`,
          send({ cookie: motcua }, fill(route.url, { ...base, [name]: v.value })),
        );
      }
    }
    for (const name of Object.keys(
      ((route.schema?.headers as Schema | undefined)?.properties ?? {}) as object,
    )) {
      await hostile(`header ${name} oversized`, send({ cookie: motcua, [name]: 'x'.repeat(10_000) }));
    }
    const unused = ['PATCH', 'PUT', 'DELETE', 'POST', 'GET'].find(
      (m) => !METHODS.get(route.url)!.includes(m),
    );
    if (unused)
      await hostile(`method ${unused}`, {
        ...send({ cookie: motcua }),
        method: unused as InjectOptions['method'],
      });
  });
});
