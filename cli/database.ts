/**
 * The commands that work on the server's database (audit, init, units) open it as the server does: PostgreSQL at
 * DATABASE_URL, else SQLite under --data, MOTCUA_DATA_DIR or ./data. Drivers and services are loaded only here, so
 * that the other commands need none of them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { ConfigError, databaseLocation } from '../server/config.ts';
import { ServiceError } from '../server/errors.ts';
import type { Store } from '../server/store/index.ts';
import type { Args } from './args.ts';
import { cliError } from './failure.ts';
import type { Output } from './main.ts';
import { message } from '../runtime/engine/messages/index.ts';

/** Who acts in the audit log when a command changes the database: the operator's account on this machine. */
export const cliActor = (): string => `cli:${userInfo().username}`;

/** The server's own reading of DATABASE_URL and MOTCUA_DATA_DIR; a bad value is a usage error (exit 2), as there. */
function serverLocation(): ReturnType<typeof databaseLocation> {
  try {
    return databaseLocation(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return cliError('CONFIG_INVALID', error.localized);
  }
}

/**
 * Runs `body` on the database and closes it. Unless `create`, a SQLite database must exist already. A refusal of
 * the services (the input is wrong, or conflicts with the data) is exit code 1 with its code, message and path.
 */
export async function withDatabase(
  args: Args,
  options: { create: boolean },
  body: (store: Store) => Promise<Output>,
): Promise<Output> {
  const location = serverLocation();
  const url = location.databaseUrl;
  const option = args.options.data;
  const dataDir = typeof option === 'string' ? resolve(option) : location.dataDir;
  const { openStore, sqliteFile, StandbyBehind } = await import('../server/store/index.ts');
  if (!url && !options.create && !existsSync(sqliteFile(dataDir))) {
    cliError('DATABASE_NOT_FOUND', message('cli.databaseNotFound', { dataDir: sqliteFile(dataDir) }));
  }
  const store = await openStore({ url, dataDir }).catch((error: unknown) =>
    error instanceof StandbyBehind ? cliError('STANDBY_BEHIND', error.localized) : Promise.reject(error),
  );
  try {
    return await body(store);
  } catch (error) {
    return refusal(error);
  } finally {
    await store.close();
  }
}

/** A refusal of the services as the command's answer (exit code 1); anything else is thrown on. */
export function refusal(error: unknown): Output {
  if (!(error instanceof ServiceError)) throw error;
  const where = error.path ? ` (${error.path})` : '';
  return {
    json: { error: error.body() },
    text: `Lỗi ${error.code}: ${error.localized.vi}${where}\nError ${error.code}: ${error.localized.en}${where}`,
    exitCode: 1,
  };
}
