import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionCatalogue } from '../../runtime/engine/index.ts';
import { testServer, type TestServer } from '../support/http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

type Operation = {
  operationId: string;
  summary?: string;
  parameters?: { name: string; in: string; required: boolean; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { description: string; content?: { 'application/json': { schema: object } } }>;
  security: object[];
};

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 JSON listing every REST route the server has, with its methods', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(doc.info.title).toMatch(/Một Cửa/);

    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(
      [
        'GET /health',
        'GET /openapi.json',
        'POST /session',
        'GET /session',
        'DELETE /session',
        'POST /session/password',
        'GET /auth/oidc/start',
        'GET /auth/oidc/callback',
        'POST /tokens',
        'GET /tokens',
        'DELETE /tokens/{id}',
        'GET /users',
        'POST /users',
        'PATCH /users/{id}',
        'POST /users/{id}/roles',
        'DELETE /users/{id}/roles',
        'GET /procedures',
        'GET /procedures/{code}',
        'GET /procedures/{code}/validator.js',
        'GET /designer/procedures',
        'POST /dossiers',
        'GET /dossiers/{code}',
        'GET /dossiers/{code}/details',
        'POST /dossiers/{code}/actions',
        'GET /dossiers/{code}/actions',
        'POST /dossiers/{code}/tasks/{taskId}/assignee',
        'GET /me/dossiers',
        'GET /me/drafts',
        'GET /me/drafts/{code}',
        'PUT /me/drafts/{code}',
        'DELETE /me/drafts/{code}',
        'GET /me/documents',
        'POST /attachments/{id}/reuse',
        'GET /worklist',
        'POST /attachments',
        'GET /attachments/{id}',
        'POST /procedures/drafts',
        'PUT /procedure-versions/{id}',
        'GET /procedure-versions/{id}',
        'POST /procedure-versions/{id}/submit',
        'POST /procedure-versions/{id}/approve',
        'POST /procedure-versions/{id}/reject',
        'POST /procedure-versions/{id}/publish',
        'GET /procedure-versions/{id}/diff/{otherId}',
        'GET /procedure-versions/{id}/export',
        'GET /procedure-versions/{id}/comments',
        'POST /procedure-versions/{id}/comments',
        'GET /procedures/{code}/versions',
        'POST /procedures/{code}/retire',
        'GET /calendar',
        'PUT /calendar',
        'GET /dossiers/{code}/history',
        'GET /dossiers/{code}/control-slip',
        'GET /dossiers/{code}/payment-receipt.pdf',
        'GET /dossiers/{code}/receipt.pdf',
        'GET /dossiers/{code}/result',
        'POST /dossiers/{code}/rating',
        'GET /verify/{token}',
        'POST /verify/{token}',
        'POST /verify/{token}/file',
        'GET /units',
        'POST /units',
        'GET /units/{code}',
        'GET /dossiers/{code}/payments',
        'POST /dossiers/{code}/payments',
        'GET /payments/gateway/ipn',
        'GET /payments/gateway/return',
        'GET /payments/reconciliation',
        'PATCH /units/{code}',
        'POST /units/{code}/merge',
      ].sort(),
    );
  });

  it('describes each operation: unique id, summary, parameters, body schema, responses and errors', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const ajv = new Ajv2020({ strict: false });
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const label = `${method} ${path}`;
        expect(ids.has(op.operationId), label).toBe(false);
        ids.add(op.operationId);
        expect(op.summary, label).toMatch(/ \/ /); // Vietnamese / English
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(
            (op.parameters ?? []).some((p) => p.in === 'path' && `{${p.name}}` === name && p.required),
            label,
          ).toBe(true);
        }
        for (const p of op.parameters ?? [])
          expect(() => ajv.compile(p.schema), `${label} ${p.name}`).not.toThrow();
        if (op.requestBody) {
          for (const { schema } of Object.values(op.requestBody.content))
            expect(() => ajv.compile(schema), label).not.toThrow();
          expect(op.responses['400'], label).toBeDefined();
        }
        expect(
          Object.keys(op.responses).some((s) => s.startsWith('2') || s.startsWith('3')),
          label,
        ).toBe(true);
        for (const r of Object.values(op.responses)) expect(r.description, label).toBeTruthy();
      }
    }
    expect(doc.paths['/dossiers'].post.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths['/dossiers'].post.parameters.map((p: { name: string }) => p.name)).toContain(
      'idempotency-key',
    );
    expect(doc.paths['/dossiers/{code}'].get.security).toEqual([]);
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });

  it('describes the actions of each node type and on the dossier, with their input, from the registry', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const act = doc.paths['/dossiers/{code}/actions'].post;
    expect(act['x-actions']).toEqual(actionCatalogue());
    expect(act['x-actions'].nodeTypes.payment.actions[0]).toMatchObject({
      action: 'pay',
      input: { required: ['amount', 'method', 'reference'] },
    });
    const listed = doc.paths['/dossiers/{code}/actions'].get;
    expect(listed.responses['200'].content['application/json'].schema.properties.actions.type).toBe('array');
    expect(Object.keys(listed.responses)).toEqual(expect.arrayContaining(['401', '403', '404']));
  });
});
