import type { Args } from '../args.ts';
import { withDatabase } from '../database.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** Hash partitions per table unless --partitions says otherwise. */
const DEFAULT_PARTITIONS = 8;

/**
 * `motcua partition [--partitions <n>]`: the growing tables of the PostgreSQL database at DATABASE_URL rebuilt as
 * hash partitions (server/store/partition.ts, SCALING.md §3), after the migrations. Run it with the servers stopped.
 */
export async function partition(args: Args): Promise<Output> {
  const url = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(url)) cliError('POSTGRES_ONLY', message('cli.partitionNeedsPostgres'));
  const option = args.options.partitions;
  const partitions = option === undefined ? DEFAULT_PARTITIONS : Number(option);
  const { isPartitionCount, partitionTables } = await import('../../server/store/partition.ts');
  if (!isPartitionCount(partitions))
    cliError('ARGUMENT_INVALID', message('cli.partitionsInvalid', { value: String(option) }));
  // Opening the store migrates the database first: the tables are rebuilt as the migrations left them.
  return withDatabase(args, { create: false }, async () => {
    const rebuilt = await partitionTables(url, partitions);
    const text = rebuilt.length
      ? `Đã chia thành ${partitions} phân vùng / Split into ${partitions} partitions: ${rebuilt.join(', ')}`
      : 'Các bảng đã được chia phân vùng từ trước / The tables were partitioned already';
    return { json: { partitions, rebuilt }, text, exitCode: 0 };
  });
}
