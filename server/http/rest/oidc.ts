/**
 * Sign-in with the national e-ID (VNeID) through OpenID Connect: /start sends the browser to the provider,
 * /callback finishes the code flow, links or creates the citizen account, and opens a session.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { serviceError } from '../../errors.ts';
import type { OidcLogin, OidcTransaction } from '../../auth/oidc.ts';
import { OIDC_COOKIE, clearOidcCookie, setOidcCookie, setSessionCookie } from '../cookies.ts';
import type { HttpDeps } from '../deps.ts';
import { Type, text } from '../../contracts/common.ts';
import { message, type Localized } from '../../../runtime/engine/messages/index.ts';

const oidcStartQuery = Type.Object({ returnTo: Type.Optional(text(500)) }, { additionalProperties: false });
const oidcCallbackQuery = Type.Object({
  code: Type.Optional(text(2000)),
  state: Type.Optional(text(500)),
  error: Type.Optional(text(200)),
  error_description: Type.Optional(text(2000)),
});

const TRANSACTION_SECONDS = 600;
const tags = ['session'];

const failed = (text: Localized) => serviceError('OIDC_FAILED', 400, text);

function configured(deps: HttpDeps): OidcLogin {
  if (!deps.oidc) {
    throw serviceError('OIDC_DISABLED', 404, message('http.oidcDisabled'));
  }
  return deps.oidc;
}

function readTransaction(request: FastifyRequest): OidcTransaction | undefined {
  const raw = request.cookies[OIDC_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return undefined;
  try {
    const tx = JSON.parse(unsigned.value) as Partial<OidcTransaction> & { exp?: number };
    const fields = [tx.state, tx.nonce, tx.verifier, tx.returnTo];
    return fields.every((f) => typeof f === 'string')
      ? (tx as OidcTransaction & { exp?: number })
      : undefined;
  } catch {
    return undefined;
  }
}

export function oidcRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Querystring: { returnTo?: string } }>(
    '/auth/oidc/start',
    {
      schema: {
        operationId: 'session.vneidStart',
        summary: 'Đăng nhập bằng VNeID / Sign in with VNeID (OIDC)',
        tags,
        querystring: oidcStartQuery,
      },
      config: { openapi: { responses: { '302': { description: 'To the identity provider' } } } },
    },
    async (request, reply) => {
      const oidc = configured(deps);
      const { url, transaction } = await oidc.begin(request.query.returnTo).catch(() => {
        throw serviceError('OIDC_PROVIDER_UNAVAILABLE', 502, message('http.oidcProviderUnavailable'));
      });
      // The browser comes back by a top-level GET from the provider: SameSite=Lax cookies are sent with it.
      setOidcCookie(request, reply, JSON.stringify(transaction), TRANSACTION_SECONDS);
      return reply.redirect(url, 302);
    },
  );

  api.get<{ Querystring: { code?: string; state?: string; error?: string } }>(
    '/auth/oidc/callback',
    {
      schema: {
        operationId: 'session.vneidCallback',
        summary: 'Kết thúc đăng nhập VNeID / Finish the VNeID sign-in',
        tags,
        querystring: oidcCallbackQuery,
      },
      config: {
        openapi: {
          responses: { '302': { description: 'Signed in: back to the page the login started from' } },
        },
      },
    },
    async (request, reply) => {
      const oidc = configured(deps);
      const transaction = readTransaction(request);
      clearOidcCookie(request, reply);
      if (!transaction) {
        throw failed(message('http.oidcExpired'));
      }
      if (request.query.error) {
        throw failed(message('http.oidcRefused'));
      }
      const mark = request.url.indexOf('?');
      const query = mark >= 0 ? request.url.slice(mark) : '';
      const identity = await oidc.finish(query, transaction).catch((error: unknown) => {
        request.log.warn({ err: error }, 'OIDC callback refused');
        throw failed(message('http.oidcUnverified'));
      });
      const session = await deps.auth.oidcSignIn(identity);
      setSessionCookie(request, reply, session.token, session.expiresAt, deps.clock());
      return reply.redirect(transaction.returnTo, 302);
    },
  );
}
