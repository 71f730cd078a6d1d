/**
 * The tRPC router of the web client: every operation of the tree (operations/index.ts), on the same services and
 * rules as REST. `AppRouter` is the only thing outside server/ may import (type-only).
 */
import { OPERATIONS } from '../operations/index.ts';
import { operationsRouter } from '../operations/trpc.ts';

export const appRouter = operationsRouter(OPERATIONS);

export type AppRouter = typeof appRouter;
