/**
 * Sign-in with the national e-ID (VNeID) through OpenID Connect: /start sends the browser to the provider,
 * /callback finishes the code flow, links or creates the citizen account, and opens a session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestError } from '../../auth/errors.ts';
import type { OidcLogin, OidcTransaction } from '../../auth/oidc.ts';
import { OIDC_COOKIE, isSecure, setSessionCookie } from '../cookies.ts';
import type { HttpDeps } from '../deps.ts';
import { oidcCallbackQuery, oidcStartQuery } from '../schemas.ts';

const COOKIE_PATH = '/api/v1/auth/oidc';
const TRANSACTION_SECONDS = 600;
const tags = ['session'];

const failed = (vi: string, en: string) => new RequestError(400, 'OIDC_FAILED', { vi, en });

function configured(deps: HttpDeps): OidcLogin {
  if (!deps.oidc) {
    throw new RequestError(404, 'OIDC_DISABLED', {
      vi: 'Máy chủ này chưa cấu hình đăng nhập bằng VNeID.',
      en: 'Sign-in with VNeID is not configured on this server.',
    });
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

function clearTransaction(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(OIDC_COOKIE, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request),
  });
}

export function oidcRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Querystring: { returnTo?: string } }>(
    '/auth/oidc/start',
    {
      schema: {
        summary: 'Đăng nhập bằng VNeID / Sign in with VNeID (OIDC)',
        tags,
        querystring: oidcStartQuery,
      },
      config: { openapi: { responses: { '302': { description: 'To the identity provider' } } } },
    },
    async (request, reply) => {
      const oidc = configured(deps);
      const { url, transaction } = await oidc.begin(request.query.returnTo).catch(() => {
        throw new RequestError(502, 'OIDC_PROVIDER_UNAVAILABLE', {
          vi: 'Không kết nối được với nhà cung cấp định danh. Vui lòng thử lại sau.',
          en: 'The identity provider cannot be reached. Please try again later.',
        });
      });
      // The browser comes back by a top-level GET from the provider: SameSite=Lax cookies are sent with it.
      reply.setCookie(OIDC_COOKIE, JSON.stringify(transaction), {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request),
        signed: true,
        maxAge: TRANSACTION_SECONDS,
      });
      return reply.redirect(url, 302);
    },
  );

  api.get<{ Querystring: { code?: string; state?: string; error?: string } }>(
    '/auth/oidc/callback',
    {
      schema: {
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
      clearTransaction(request, reply);
      if (!transaction) {
        throw failed(
          'Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
          'The VNeID sign-in has expired or is not valid. Please start again.',
        );
      }
      if (request.query.error) {
        throw failed(
          'Nhà cung cấp định danh đã từ chối đăng nhập.',
          'The identity provider refused the sign-in.',
        );
      }
      const mark = request.url.indexOf('?');
      const query = mark >= 0 ? request.url.slice(mark) : '';
      const identity = await oidc.finish(query, transaction).catch((error: unknown) => {
        request.log.warn({ err: error }, 'OIDC callback refused');
        throw failed(
          'Không xác minh được kết quả đăng nhập từ nhà cung cấp định danh.',
          'The answer of the identity provider could not be verified.',
        );
      });
      const session = await deps.auth.oidcSignIn(identity);
      setSessionCookie(request, reply, session.token, session.expiresAt, deps.clock());
      return reply.redirect(transaction.returnTo, 302);
    },
  );
}
