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
import { LookupLimiter, type LookupLimits, type RateLimits } from '../auth/rate-limit.ts';
import type { Store } from '../store/index.ts';
import type { HttpDeps } from './deps.ts';
import { sendError } from './errors.ts';
import { notFoundHandler } from './not-found.ts';
import { API_PREFIX, registerOpenApi } from './openapi.ts';
import { OPERATIONS } from './operations/index.ts';
import { registerRest } from './operations/rest.ts';
import { RouteTable } from './route-table.ts';
import { securityHeaders, securityHooks } from './security.ts';
import { formValidatorRoutes } from './rest/form-validators.ts';
import { validatorCompiler } from './validation.ts';
import { boundedJsonBodies, boundedTrpcInput } from './json-depth.ts';
import { webRoutes } from './web.ts';
import { oidcRoutes } from './rest/oidc.ts';
import { paymentRoutes } from './rest/payments.ts';
import type { Gateway } from '../services/online-payments.ts';
import { attachmentRoutes } from './rest/attachments.ts';
import { slipPdfRoutes } from './rest/slip-pdfs.ts';
import { resultRoutes } from './rest/results.ts';
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
  /** The public lookup's throttle, counted in the sign-in throttle's window. */
  lookupLimits?: LookupLimits;
  passwordCost?: PasswordCost;
  oidc?: OidcSettings;
  /** The online payment gateway (payments are at the counter only without one). */
  gateway?: Gateway;
  /** The built web apps (default dist/web of this checkout); missing, `/` says how to build them. */
  webDir?: string;
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
      securityHeaders(request, reply);
      sendError(reply, error, request);
    },
  });
  const routes = new RouteTable();
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (route) => routes.record(route));
  app.setValidatorCompiler(validatorCompiler);
  // Answers go out as the services made them: their contract is checked by the tests (operations/outputs.ts), not
  // trimmed to it in silence.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await registerOpenApi(app);
  app.setErrorHandler((error, request, reply) => sendError(reply, error, request));
  notFoundHandler(app, routes);
  // JSON only: a text/plain body (what a cross-site HTML form can send) is refused with 415.
  app.removeContentTypeParser('text/plain');
  boundedJsonBodies(app);
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
    lookups: new LookupLimiter(options.store, clock, options.lookupLimits, options.limits?.windowMs),
    oidc: options.oidc ? new OidcLogin(options.oidc) : undefined,
    gateway: options.gateway,
  };

  await app.register(
    async (api) => {
      registerRest(api, deps, OPERATIONS);
      oidcRoutes(api, deps);
      paymentRoutes(api, deps);
      const dataDir = options.dataDir ?? resolve('data');
      attachmentRoutes(api, deps, { dataDir });
      slipPdfRoutes(api, deps);
      resultRoutes(api, deps, { dataDir });
      formValidatorRoutes(api, deps);
      api.get(
        '/openapi.json',
        {
          schema: {
            operationId: 'meta.openapi',
            summary: 'Tài liệu OpenAPI 3.1 / This OpenAPI 3.1 document',
            tags: ['meta'],
          },
        },
        async () => api.swagger(),
      );
    },
    { prefix: API_PREFIX },
  );

  await webRoutes(app, options.webDir);
  await app.register(async (trpc) => {
    trpc.addHook('preValidation', boundedTrpcInput);
    await trpc.register(fastifyTRPCPlugin, {
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
