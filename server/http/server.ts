/**
 * The HTTP server: REST for integrators at /api/v1, tRPC for the web client at /trpc. `createServer` only builds
 * it; the caller listens (main.ts) or injects requests (tests).
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TRPCError } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { Auth } from '../auth/auth.ts';
import { OidcLogin, type OidcSettings } from '../auth/oidc.ts';
import type { PasswordCost } from '../auth/passwords.ts';
import type { RateLimits } from '../auth/rate-limit.ts';
import type { Store } from '../store/index.ts';
import type { HttpDeps } from './deps.ts';
import { sendError } from './errors.ts';
import { notFoundHandler } from './not-found.ts';
import { API_PREFIX, openApiDocument } from './openapi.ts';
import { RouteTable } from './route-table.ts';
import { securityHooks } from './security.ts';
import { validatorCompiler } from './validation.ts';
import { healthRoutes } from './rest/health.ts';
import { sessionRoutes } from './rest/session.ts';
import { homeRoute } from './home.ts';
import { oidcRoutes } from './rest/oidc.ts';
import { tokenRoutes } from './rest/tokens.ts';
import { userRoutes } from './rest/users.ts';
import { procedureRoutes } from './rest/procedures.ts';
import { dossierRoutes } from './rest/dossiers.ts';
import { worklistRoutes } from './rest/worklist.ts';
import { attachmentRoutes } from './rest/attachments.ts';
import { procedureDraftRoutes } from './rest/procedure-drafts.ts';
import { procedureReviewRoutes } from './rest/procedure-review.ts';
import { calendarRoutes } from './rest/calendars.ts';
import { dossierHistoryRoutes } from './rest/dossier-history.ts';
import { appRouter } from './trpc/router.ts';
import { trpcContextFactory } from './trpc/context.ts';

export interface ServerOptions {
  store: Store;
  /** Uploaded files (SQLite) and upload spools go under `<dataDir>/files`. Default ./data, as in config.ts. */
  dataDir?: string;
  /** UTC ms; the only clock the server reads. Default Date.now. */
  clock?: () => number;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean | string[];
  /** Signs the OIDC round-trip cookie. */
  secret?: string;
  sessionTtlMs?: number;
  bodyLimit?: number;
  limits?: RateLimits;
  passwordCost?: PasswordCost;
  oidc?: OidcSettings;
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? Date.now;
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // Malformed URLs and over-long parameters are refused by the router before any route: same error body.
    frameworkErrors: (error, request, reply) => {
      sendError(reply, error, request);
    },
  });
  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.record(route));
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler((error, request, reply) => sendError(reply, error, request));
  notFoundHandler(app, routes);
  // JSON only: a text/plain body (what a cross-site HTML form can send) is refused with 415.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie, { secret: options.secret ?? randomBytes(32).toString('base64url') });
  securityHooks(app);

  const deps: HttpDeps = {
    store: options.store,
    clock,
    auth: new Auth(options.store, {
      clock,
      sessionTtlMs: options.sessionTtlMs ?? 12 * 3_600_000,
      limits: options.limits,
      passwordCost: options.passwordCost,
      citizenUnit: () => citizenUnit(options.store),
    }),
    oidc: options.oidc ? new OidcLogin(options.oidc) : undefined,
  };

  await app.register(
    async (api) => {
      healthRoutes(api, deps);
      sessionRoutes(api, deps);
      oidcRoutes(api, deps);
      tokenRoutes(api, deps);
      userRoutes(api, deps);
      procedureRoutes(api, deps);
      dossierRoutes(api, deps);
      worklistRoutes(api, deps);
      attachmentRoutes(api, deps, { dataDir: options.dataDir ?? resolve('data') });
      procedureDraftRoutes(api, deps);
      procedureReviewRoutes(api, deps);
      calendarRoutes(api, deps);
      dossierHistoryRoutes(api, deps);
      // Built on first request, when every route is registered; the routes never change afterwards.
      let openApi: ReturnType<typeof openApiDocument> | undefined;
      api.get(
        '/openapi.json',
        { schema: { summary: 'Tài liệu OpenAPI 3.1 / This OpenAPI 3.1 document', tags: ['meta'] } },
        async () => (openApi ??= openApiDocument(routes)),
      );
    },
    { prefix: API_PREFIX },
  );

  homeRoute(app);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: trpcContextFactory(deps),
      // Refusals are answered; only failures of ours are worth a log line.
      onError: ({ error, path }: { error: TRPCError; path?: string }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path }, 'tRPC call failed');
      },
    },
  });
  return app;
}

/** Citizens belong to the root of the unit tree (the province): their role is not tied to an agency. */
async function citizenUnit(store: Store): Promise<string> {
  const units = await store.listUnits();
  const root = units.find((u) => u.parentCode === null) ?? units[0];
  if (!root) throw new Error('no units: seed the unit tree first');
  return root.code;
}
