import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, databaseLocation } from '../../server/config.ts';
import type { Args } from '../args.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';

/**
 * `motcua audit verify [--data <dir>]`: recomputes the audit chains of the database the server uses
 * (DATABASE_URL, else SQLite under --data, MOTCUA_DATA_DIR or ./data) and names the first tampered record.
 */
export async function audit(args: Args): Promise<Output> {
  if (args.positional[0] !== 'verify') {
    cliError(
      'ARGUMENT_MISSING',
      'Cách dùng: motcua audit verify [--data <thư mục>]',
      'Usage: motcua audit verify [--data <dir>]',
    );
  }
  const location = serverLocation();
  const url = location.databaseUrl;
  const option = args.options.data;
  const dataDir = typeof option === 'string' ? resolve(option) : location.dataDir;
  // Loaded here, not at start-up: the other commands need no database drivers.
  const { openStore, sqliteFile } = await import('../../server/store/index.ts');
  if (!url && !existsSync(sqliteFile(dataDir))) {
    cliError(
      'DATABASE_NOT_FOUND',
      `Không có cơ sở dữ liệu tại ${sqliteFile(dataDir)} (đặt DATABASE_URL hoặc --data).`,
      `No database at ${sqliteFile(dataDir)} (set DATABASE_URL or --data).`,
    );
  }
  const { verifyAudit } = await import('../../server/services/audit.ts');
  const store = await openStore({ url, dataDir });
  try {
    const report = await verifyAudit(store);
    const { auditEntries, dossiers, events } = report.checked;
    const counted =
      `${auditEntries} bản ghi nhật ký, ${dossiers} hồ sơ, ${events} sự kiện` +
      ` / ${auditEntries} audit entries, ${dossiers} dossiers, ${events} events`;
    const first = report.firstTampered;
    const where = first
      ? `${first.table} ${first.dossierCode ? `${first.dossierCode} ` : ''}#${first.seq}`
      : '';
    const text = first
      ? `Phát hiện bản ghi bị sửa đầu tiên: ${where} — ${first.reason.vi}\n` +
        `First tampered record: ${where} — ${first.reason.en}\n` +
        `(${report.problems.length} chỗ hỏng / break(s); đã kiểm / checked: ${counted})`
      : `Chuỗi băm hợp lệ / The hash chains verify: ${counted}.`;
    return { json: report, text, exitCode: report.ok ? 0 : 1 };
  } finally {
    await store.close();
  }
}

/** The server's own reading of DATABASE_URL and MOTCUA_DATA_DIR; a bad value is a usage error (exit 2), as there. */
function serverLocation(): ReturnType<typeof databaseLocation> {
  try {
    return databaseLocation(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return cliError('CONFIG_INVALID', error.vi, error.en);
  }
}
