/**
 * Hostile input on every tRPC procedure, generated from the router's procedures and the input schema each one
 * carries, never from a hand-picked list: malformed and deeply nested JSON (body, ?input= and batches), wrong types,
 * unknown fields, oversized strings and arrays, the wrong method, forged, tampered and revoked credentials, a
 * cross-site write, and other users' resources. No 500, no stack in any error body, and no write on a refusal
 * (hostile-world.ts). Both dialects; the number of requests is printed.
 */
import type { InjectOptions } from 'fastify';
import { it } from 'vitest';
import { OPERATIONS } from '../../server/http/operations/index.ts';
import type { AnyOperation } from '../../server/http/operations/operation.ts';
import { appRouter } from '../../server/http/trpc/router.ts';
import {
  BROKEN_JSON,
  brokenObjects,
  callersOwn,
  fits,
  sample,
  type Schema,
  type Variant,
} from './hostile-support.ts';
import { hostileSuite, json } from './hostile-world.ts';

interface TrpcProcedure {
  path: string;
  type: 'query' | 'mutation';
  schema: Schema | undefined;
  /** The fields that name another's resource (the REST route's path parameters), as opposed to free text. */
  references: string[] | undefined;
}

function references(path: string): string[] | undefined {
  const [group, name] = path.split('.');
  const op = (OPERATIONS as unknown as Record<string, Record<string, AnyOperation>>)[group]?.[name];
  if (!op?.rest) return undefined;
  return callersOwn(op.rest.path) ? [] : [...op.rest.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
}
const PROCEDURES: TrpcProcedure[] = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string; inputs: { jsonSchema?: Schema }[] } }
  >,
).map(([path, p]) => ({
  path,
  type: p._def.type as TrpcProcedure['type'],
  schema: p._def.inputs[0]?.jsonSchema,
  references: references(path),
}));

await hostileSuite('hostile input, tRPC', (world) => {
  it.each(PROCEDURES.map((p) => [`tRPC ${p.type} ${p.path}`, p] as const))('%s', async (_name, procedure) => {
    const { hostile, sessions, pool } = world();
    const { motcua, forged, others } = await sessions();
    const { path, type, schema, references } = procedure;
    /** A call as the web client makes it: a query by GET with ?input=, a mutation by POST with a JSON body. */
    const call = (
      headers: Record<string, string>,
      input: string | undefined,
      how = type,
      batch = false,
    ): InjectOptions => {
      const url = `/trpc/${path}${batch ? '?batch=1' : ''}`;
      if (how === 'query') {
        const query = input === undefined ? '' : `${batch ? '&' : '?'}input=${encodeURIComponent(input)}`;
        return { method: 'GET', url: url + query, headers };
      }
      return {
        method: 'POST',
        url,
        headers: { ...json, ...headers },
        ...(input === undefined ? {} : { payload: input }),
      };
    };
    const valid = schema ? JSON.stringify(sample(schema)) : undefined;

    for (const [who, headers] of Object.entries(forged)) await hostile(who, call(headers, valid));
    for (const [who, headers] of Object.entries(others)) {
      const props = Object.entries((schema?.properties ?? {}) as Record<string, Schema>).filter(
        ([, s]) => s.type === 'string',
      );
      for (const [key, prop] of props) {
        for (const value of pool.filter((v) => fits(prop, v))) {
          const input = JSON.stringify({ ...(sample(schema!) as object), [key]: value });
          // Another's id where a resource is named is refused; in free text it is only text.
          const named = references?.includes(key) ?? true;
          await hostile(`${who}, ${key}=${value}`, call(headers, input), {
            refused: type === 'mutation' && named,
          });
        }
      }
    }
    const broken: Variant<string>[] = [
      ...BROKEN_JSON,
      ...brokenObjects(schema ?? { type: 'object', properties: {} }),
    ];
    for (const v of broken) {
      await hostile(v.label, call({ cookie: motcua }, v.value));
      await hostile(`batched: ${v.label}`, call({ cookie: motcua }, `{"0":${v.value}}`, type, true));
    }
    await hostile('wrong method', call({ cookie: motcua }, valid, type === 'query' ? 'mutation' : 'query'));
    if (type === 'mutation') {
      await hostile(
        'over the body limit',
        call({ cookie: motcua }, JSON.stringify({ x: 'x'.repeat(1_100_000) })),
      );
      await hostile('cross-site write', call({ cookie: motcua, origin: 'https://evil.example' }, valid), {
        refused: true,
      });
    }
  });
});
