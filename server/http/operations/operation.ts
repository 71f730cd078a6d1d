/**
 * One operation, declared once: its input and output schemas (TypeBox: each is a JSON Schema and a TypeScript type
 * at once), who may call it, what it runs, its REST method, path and status, and — by its place in the operation
 * tree — its tRPC name. rest.ts registers the fastify routes and trpc.ts builds the tRPC router from the same tree;
 * @fastify/swagger documents the routes from their schemas.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { ServiceContext } from '../../services/index.ts';
import type { HttpDeps } from '../deps.ts';

/** `public`: anyone (an anonymous caller has no actor); `session`: a signed-in caller (cookie or token), else 401. */
export type Access = 'public' | 'session';

/** An HTTP status a route answers with an error body, e.g. '409'. */
export type ErrorStatus = `${4 | 5}${number}`;

export interface Rest<O> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Under /api/v1; `:name` segments are input fields. */
  path: string;
  /** The success status; a function when it depends on the answer (a replayed submission is 200, not 201). */
  status?: 200 | 201 | 204 | ((output: O) => 200 | 201);
  /** Request headers that carry input fields: header name → field. */
  headers?: Record<string, string>;
  /** Over REST the answer is a file to save: its content (documented by `schema`) and its name. */
  download?: { schema: TSchema; file(output: O): { name: string; content: unknown } };
}

/** What a run gets besides its input: the service context of the caller, and the HTTP exchange for cookies. */
export interface Call {
  deps: HttpDeps;
  ctx: ServiceContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface Operation<
  I extends TSchema = TSchema,
  O extends TSchema = TSchema,
  K extends 'query' | 'mutation' = 'query' | 'mutation',
> {
  kind: K;
  /** "Vietnamese / English", as the OpenAPI document shows it. */
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  input: I;
  output: O;
  /** REST surface; an operation without it is tRPC only. */
  rest?: Rest<Static<O>>;
  errors?: Partial<Record<ErrorStatus, string>>;
  /**
   * The run's one write checks the caller's sign-in in its own transaction (createDossier's SignInCheck), so a
   * session this process read lately is not read again first (invoke.ts). Only for a run that makes no store call
   * but cached reference reads and that write, and that leaves the reply alone.
   */
  presumesSignIn?: true;
  /** OpenAPI extensions of the operation (`x-…`), built when the route is registered. */
  extensions?(): Record<`x-${string}`, unknown>;
  run(call: Call, input: Static<I>): Promise<Static<O>>;
}

type Declaration<I extends TSchema, O extends TSchema> = Omit<Operation<I, O>, 'kind'>;

/** Reads without changing anything (tRPC query; GET on REST). */
export const query = <I extends TSchema, O extends TSchema>(
  declaration: Declaration<I, O>,
): Operation<I, O, 'query'> => ({ kind: 'query', ...declaration });

/** Changes something (tRPC mutation). */
export const mutation = <I extends TSchema, O extends TSchema>(
  declaration: Declaration<I, O>,
): Operation<I, O, 'mutation'> => ({ kind: 'mutation', ...declaration });

/** Any operation: `run` is a method, so one taking a narrower input still fits here. */
export type AnyOperation = Operation<TSchema, TSchema>;

/** Operations grouped by tRPC router: `{ dossiers: { submit, act, … }, … }`. */
export type OperationTree = Record<string, Record<string, AnyOperation>>;
