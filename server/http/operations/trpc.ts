/**
 * The tRPC surface of the operation tree: `tree.dossiers.submit` becomes the procedure `dossiers.submit`, with the
 * operation's input schema as its validator (the same compiler and messages as the REST body) and its types.
 */
import type { Static, TSchema } from 'typebox';
import { parse, procedure, router } from '../trpc/init.ts';
import type { TrpcContext } from '../trpc/context.ts';
import type { Operation, OperationTree } from './operation.ts';
import { invoke } from './invoke.ts';

async function run<I extends TSchema, O extends TSchema>(
  op: Operation<I, O>,
  { deps, req: request, res: reply }: TrpcContext,
  input: Static<I>,
): Promise<Static<O>> {
  return invoke(op, deps, request, reply, input);
}

function queryProcedure<I extends TSchema, O extends TSchema>(op: Operation<I, O, 'query'>) {
  return procedure
    .input(parse<Static<I>>(op.input))
    .query(({ ctx, input }) => run(op, ctx, input as Static<I>));
}

function mutationProcedure<I extends TSchema, O extends TSchema>(op: Operation<I, O, 'mutation'>) {
  return procedure
    .input(parse<Static<I>>(op.input))
    .mutation(({ ctx, input }) => run(op, ctx, input as Static<I>));
}

type ProcedureOf<T> =
  T extends Operation<infer I, infer O, 'query'>
    ? ReturnType<typeof queryProcedure<I, O>>
    : T extends Operation<infer I, infer O, 'mutation'>
      ? ReturnType<typeof mutationProcedure<I, O>>
      : never;

type RouterRecord<T extends OperationTree> = {
  [G in keyof T]: { [P in keyof T[G]]: ProcedureOf<T[G][P]> };
};

/** The tRPC router of every operation, typed procedure by procedure for the web client. */
export function operationsRouter<T extends OperationTree>(tree: T) {
  const record = Object.fromEntries(
    Object.entries(tree).map(([group, operations]) => [
      group,
      Object.fromEntries(
        Object.entries(operations).map(([name, op]) => [
          name,
          op.kind === 'query'
            ? queryProcedure(op as Operation<TSchema, TSchema, 'query'>)
            : mutationProcedure(op as Operation<TSchema, TSchema, 'mutation'>),
        ]),
      ),
    ]),
  ) as RouterRecord<T>;
  return router(record);
}
