import type { Args } from '../args.ts';
import { withDatabase } from '../database.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/**
 * `motcua audit verify [--data <dir>]`: recomputes the audit chains of the database the server uses
 * (DATABASE_URL, else SQLite under --data, MOTCUA_DATA_DIR or ./data) and names the first tampered record.
 */
export async function audit(args: Args): Promise<Output> {
  if (args.positional[0] !== 'verify') {
    cliError('ARGUMENT_MISSING', message('cli.auditUsage'));
  }
  const { verifyAudit } = await import('../../server/services/audit.ts');
  return withDatabase(args, { create: false }, async (store) => {
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
  });
}
