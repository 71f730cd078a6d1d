/**
 * The OpenAPI 3.1 document of the REST surface, built from the routes as registered (their JSON Schemas and
 * `config.openapi` notes), so that it lists exactly the routes that exist.
 */
import type { RouteTable } from './route-table.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { errorResponse } from './schemas.ts';

export const API_PREFIX = '/api/v1';

type Json = Record<string, unknown>;

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Bad input: invalid JSON, wrong shape or values (code INVALID_JSON, VALIDATION_FAILED, …)',
  '401': 'Not signed in, or the token is not valid',
  '403': 'Signed in, but this role or unit may not do this',
  '404': 'Not found',
  '409': 'Conflict (e.g. REVISION_CONFLICT with details.currentRevision)',
  '413': 'Body too large',
  '415': 'Unsupported content type',
  '429': 'Too many attempts',
};

function parameters(schema: Json | undefined, where: 'path' | 'query' | 'header'): Json[] {
  if (!schema || typeof schema.properties !== 'object') return [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, Json>).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(routes: RouteTable): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes.entries) {
    if (!route.url.startsWith(API_PREFIX) || route.method === 'HEAD' || route.openapi?.hide) continue;
    const path = route.url.slice(API_PREFIX.length).replace(/:(\w+)/g, '{$1}') || '/';
    const schema = (route.schema ?? {}) as Json;
    const extra = route.openapi ?? {};
    const responses: Record<string, Json> = {};
    for (const [status, r] of Object.entries(extra.responses ?? { '200': { description: 'OK' } })) {
      responses[status] = {
        description: r.description,
        ...(r.headers ? { headers: r.headers } : {}),
        ...(r.content
          ? { content: r.content }
          : r.schema
            ? { content: { 'application/json': { schema: r.schema } } }
            : {}),
      };
    }
    for (const [status, description] of Object.entries(ERROR_STATUSES)) {
      if (status === '401' && extra.auth !== 'session') continue;
      if (status === '403' && extra.auth !== 'session') continue;
      responses[status] ??= {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    const operation: Json = {
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/(^|[/_-])(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`,
      ...(schema.summary ? { summary: schema.summary } : {}),
      ...(schema.description ? { description: schema.description } : {}),
      ...(schema.tags ? { tags: schema.tags } : {}),
      parameters: [
        ...parameters(schema.params as Json, 'path'),
        ...parameters(schema.querystring as Json, 'query'),
        ...parameters(schema.headers as Json, 'header'),
      ],
      ...(extra.requestBody
        ? { requestBody: { required: true, ...extra.requestBody } }
        : schema.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } }
          : {}),
      responses,
      security: extra.auth === 'session' ? [{ session: [] }, { bearer: [] }] : [],
    };
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Một Cửa — REST API',
      version: '1.0.0',
      description:
        'Dịch vụ công trực tuyến: danh mục thủ tục, nộp và xử lý hồ sơ, tra cứu. Mọi lỗi có dạng ' +
        '{error: {code, message: {vi, en}, path?}}. / Online public services: the procedure catalogue, ' +
        'submitting and handling dossiers, status lookup. Every error is {error: {code, message: {vi, en}, path?}}.',
    },
    servers: [{ url: API_PREFIX }],
    paths,
    components: {
      schemas: { Error: errorResponse },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /session.' },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token for integrating systems (mc_…).',
        },
      },
    },
  };
}
