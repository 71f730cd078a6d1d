/**
 * The REST surface of the operation tree: one fastify route per operation that declares `rest`. The operation's
 * input is split by where each field travels — path parameters by the path, headers by `rest.headers`, the rest in
 * the query string (GET) or the JSON body — fastify validates each part (coercing the text of paths, queries and
 * headers), and the parts are joined again before `run`. @fastify/swagger documents the routes from these schemas.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { TObject, TSchema } from 'typebox';
import type { HttpDeps } from '../deps.ts';
import { errorResponses } from '../openapi.ts';
import { invoke } from './invoke.ts';
import type { AnyOperation, OperationTree } from './operation.ts';

function pathFields(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
}

function isObject(schema: TSchema): schema is TObject {
  const s = schema as { type?: unknown; properties?: unknown };
  return s.type === 'object' && typeof s.properties === 'object';
}

/** Where the fields that are not in the path or headers travel. */
const carrier = (op: AnyOperation) => (op.rest!.method === 'GET' ? 'querystring' : 'body');

/**
 * The part of an object schema with the fields that travel together: its own required fields, strict about
 * unknown ones, and the object's bounds on how many fields are given less those that travel elsewhere.
 */
function part(input: TObject, names: string[], elsewhere: string[]): Record<string, unknown> | undefined {
  if (names.length === 0) return undefined;
  const {
    properties,
    required = [],
    minProperties,
    maxProperties,
    ...rest
  } = input as TObject & {
    minProperties?: number;
    maxProperties?: number;
  };
  const moved = (required as string[]).filter((name) => elsewhere.includes(name)).length;
  return {
    ...rest,
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, properties[name]])),
    required: (required as string[]).filter((name) => names.includes(name)),
    ...(minProperties === undefined ? {} : { minProperties: Math.max(0, minProperties - moved) }),
    ...(maxProperties === undefined ? {} : { maxProperties: maxProperties - moved }),
  };
}

/** fastify's schemas for an operation's route: params, querystring or body, headers, and every answer. */
export function routeSchema(op: AnyOperation, operationId: string): FastifySchema {
  const rest = op.rest!;
  const schema: FastifySchema & Record<string, unknown> = {
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    security: op.access === 'session' ? [{ session: [] }, { bearer: [] }] : [],
    ...op.extensions?.(),
  };
  const input = op.input;
  if (isObject(input)) {
    const inPath = pathFields(rest.path);
    const inHeaders = Object.values(rest.headers ?? {});
    const all = Object.keys(input.properties);
    const params = part(input, inPath, []);
    // The input's bounds on how many fields are given count the body's fields, not the path's.
    if (params) {
      const { minProperties: _min, maxProperties: _max, ...paramsOnly } = params;
      schema.params = { ...paramsOnly, additionalProperties: undefined };
    }
    if (rest.headers) {
      schema.headers = {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(rest.headers).map(([header, field]) => [header, input.properties[field]]),
        ),
      };
    }
    const others = all.filter((name) => !inPath.includes(name) && !inHeaders.includes(name));
    const carried = part(input, others, [...inPath, ...inHeaders]);
    if (carried) schema[carrier(op)] = carried;
  } else {
    schema.body = input;
  }
  const ok = typeof rest.status === 'number' ? rest.status : 200;
  const answer = rest.download
    ? {
        description: 'A download (attachment)',
        headers: { 'content-disposition': { type: 'string', description: 'attachment; filename="…"' } },
        content: { 'application/json': { schema: rest.download.schema } },
      }
    : { description: 'Done', ...op.output };
  const response: Record<string, unknown> = {
    [ok]: ok === 204 ? { description: 'Done', type: 'null' } : answer,
  };
  if (typeof rest.status === 'function') response['201'] = { description: 'Created', ...op.output };
  schema.response = { ...response, ...errorResponses(op.access, Boolean(schema.body), op.errors) };
  return schema;
}

function inputOf(op: AnyOperation, request: FastifyRequest): unknown {
  const rest = op.rest!;
  if (!isObject(op.input)) return request.body;
  const carried = (carrier(op) === 'querystring' ? request.query : request.body) ?? {};
  const fromHeaders = Object.entries(rest.headers ?? {}).flatMap(([header, field]) => {
    const value = request.headers[header];
    return value === undefined ? [] : [[field, value]];
  });
  return { ...(carried as object), ...Object.fromEntries(fromHeaders), ...(request.params as object) };
}

/** A body with no required field may be left out: a bare POST is an empty object (a JSON null is still wrong). */
function optionalBody(op: AnyOperation): boolean {
  const inPath = pathFields(op.rest!.path);
  const required = (op.input as { required?: string[] }).required ?? [];
  return carrier(op) === 'body' && isObject(op.input) && required.every((name) => inPath.includes(name));
}

/** Registers every operation of the tree that has a REST route (under the caller's prefix). */
export function registerRest(api: FastifyInstance, deps: HttpDeps, tree: OperationTree): void {
  for (const [group, operations] of Object.entries(tree)) {
    for (const [name, op] of Object.entries(operations)) {
      const rest = op.rest;
      if (!rest) continue;
      const emptyBody = optionalBody(op);
      api.route({
        method: rest.method,
        url: rest.path,
        schema: routeSchema(op, `${group}.${name}`),
        ...(emptyBody
          ? {
              preValidation: async (request: FastifyRequest) => {
                if (request.body === undefined) request.body = {};
              },
            }
          : {}),
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const output = await invoke(op, deps, request, reply, inputOf(op, request));
          const status = typeof rest.status === 'function' ? rest.status(output) : (rest.status ?? 200);
          reply.code(status);
          if (status === 204) return reply.send();
          if (!rest.download) return output;
          const file = rest.download.file(output);
          return reply
            .header('content-disposition', `attachment; filename="${file.name}"`)
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(file.content, null, 2));
        },
      });
    }
  }
}
