/**
 * Shared by the HTTP suites: a demo-seeded server, requests as a demo account, a check that a successful answer
 * matches the response schema the OpenAPI document gives for its route, and a scenario's steps played over REST.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ScenarioStep } from '../../runtime/engine/index.ts';
import { cookieJar, type TestServer } from '../support/http.ts';

/** The demo account acting in each dossier role. */
export const ACCOUNT: Record<string, string> = {
  citizen: 'congdan',
  reception: 'motcua',
  specialist: 'chuyenvien',
  leader: 'lanhdao',
};

export interface Client {
  /** A request as `login` (a demo account, or a user with password `pw-<login>`); undefined: anonymous. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    login?: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Signs these accounts in now (sign-ins are audited: keep them out of "nothing stored" counts). */
  signIn(...logins: string[]): Promise<void>;
  /** The Cookie header of `login`, signed in on first use. */
  cookie(login: string): Promise<string>;
  /** Asserts the status, and for a 2xx that the body matches the documented response schema. */
  expectOk(res: LightMyRequestResponse, status?: number): Promise<Record<string, unknown>>;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });

export function client(server: TestServer, passwords: Record<string, string> = {}): Client {
  const cookie = cookieJar(() => server.app, passwords);
  let doc: Record<string, Record<string, Record<string, unknown>>> | undefined;
  const requests = new WeakMap<LightMyRequestResponse, { method: string; url: string }>();

  /** The OpenAPI operation whose path template matches a concrete URL. */
  async function operation(method: string, url: string) {
    doc ??= (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json().paths;
    const path = url.replace(/^\/api\/v1/, '').split('?')[0];
    const found = Object.entries(doc!)
      .filter(([template, ops]) => {
        const regex = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
        return regex.test(path) && ops[method.toLowerCase()] !== undefined;
      })
      // A literal segment wins over a parameter, as in the router.
      .sort(([a], [b]) => a.split('{').length - b.split('{').length)[0];
    return found && { template: found[0], op: found[1][method.toLowerCase()] };
  }

  return {
    async signIn(...logins) {
      for (const login of logins) await cookie(login);
    },
    cookie,
    async call(method, url, login, payload) {
      const headers: Record<string, string> = login ? { cookie: await cookie(login) } : {};
      const res = await server.app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      requests.set(res, { method, url });
      return res;
    },
    async expectOk(res, status = 200) {
      expect(res.statusCode, res.body).toBe(status);
      const { method, url } = requests.get(res)!;
      const found = await operation(method, url);
      expect(found, `${method} ${url} is documented`).toBeDefined();
      const documented = (
        found!.op.responses as Record<string, { content?: Record<string, { schema: object }> }>
      )[String(status)];
      const schema = documented?.content?.['application/json']?.schema;
      expect(schema, `${found!.template} documents a ${status} schema`).toBeDefined();
      const body = res.json();
      const validate = ajv.compile(schema!);
      expect(validate(body), `${found!.template}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      return body;
    },
  };
}

/**
 * Plays scenario steps through REST on dossier `code`: each at its time on the server's clock, as the demo account
 * of its role (ACCOUNT) whose Cookie header `cookieOf` gives, POST /api/v1/dossiers/{code}/actions. Asserts that
 * each answers 200 with the revision one more than before it; returns the revision after the last step.
 */
export async function playSteps(
  server: TestServer,
  code: string,
  revision: number,
  steps: ScenarioStep[],
  cookieOf: (login: string) => string | Promise<string>,
): Promise<number> {
  let current = revision;
  for (const step of steps) {
    const login = ACCOUNT[step.role];
    expect(login, `a demo account acts as ${step.role}`).toBeDefined();
    server.clock.now = Date.parse(step.at);
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${code}/actions`,
      headers: { cookie: await cookieOf(login) },
      payload: { action: step.action, revision: current, ...(step.input ? { input: step.input } : {}) },
    });
    expect(res.statusCode, `${step.role} ${step.action}: ${res.body}`).toBe(200);
    expect(res.json().revision, `${step.role} ${step.action}`).toBe(current + 1);
    current += 1;
  }
  return current;
}
