import type { Args } from '../args.ts';
import { message } from '../../runtime/engine/messages/index.ts';
import { withDatabase } from '../database.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { nowOption } from './now.ts';
import type { TamperedRecord } from '../../server/services/audit.ts';

/** Chains and dossiers listed besides the first break (the JSON output has every problem found). */
const MAX_LISTED = 20;

const where = (r: TamperedRecord) =>
  `${r.table} ${r.chain ? `${r.chain} ` : ''}${r.dossierCode ?? r.dossierId ?? ''}${r.dossierCode || r.dossierId ? ' ' : ''}#${r.seq}`;

/**
 * `motcua audit verify [--data <dir>]`: recomputes the audit chains, the anchors and the dossiers' event chains of
 * the database the server uses (DATABASE_URL, else SQLite under --data, MOTCUA_DATA_DIR or ./data) and names the
 * first tampered record of each chain. `motcua audit anchor` writes an anchor now and prints its hash (to publish
 * it outside the database: a copy kept elsewhere shows the anchors themselves were not cut).
 */
export async function audit(args: Args): Promise<Output> {
  const command = args.positional[0];
  if (command === 'anchor') {
    const at = nowOption(args);
    return withDatabase(args, { create: false }, async (store) => {
      const anchor = await store.writeAnchor(at, 0);
      const last = anchor ?? (await lastAnchor(store));
      const text = anchor
        ? `Mốc neo #${anchor.seq} / Anchor #${anchor.seq}: ${anchor.hash} ` +
          `(${anchor.heads.length} chuỗi / chains, ${anchor.dossiers.length} hồ sơ / dossiers)`
        : last
          ? `Không có gì mới từ mốc neo #${last.seq} / Nothing new since anchor #${last.seq}: ${last.hash}`
          : 'Chưa có gì để neo / Nothing to anchor yet';
      return { json: { anchor: last ?? null, written: anchor !== undefined }, text, exitCode: 0 };
    });
  }
  if (command !== 'verify') cliError('ARGUMENT_MISSING', message('cli.auditUsage'));
  const { verifyAudit } = await import('../../server/services/audit.ts');
  return withDatabase(args, { create: false }, async (store) => {
    const report = await verifyAudit(store);
    const { auditEntries, chains, anchors, dossiers, events } = report.checked;
    const counted =
      `${auditEntries} bản ghi nhật ký trong ${chains} chuỗi, ${anchors} mốc neo, ${dossiers} hồ sơ, ${events} sự kiện` +
      ` / ${auditEntries} audit entries in ${chains} chains, ${anchors} anchors, ${dossiers} dossiers, ${events} events`;
    const first = report.firstTampered;
    // Besides the first one found: the first break of each audit chain and of each dossier (a deleted one too).
    const keyOf = (r: TamperedRecord) => r.dossierCode ?? r.dossierId ?? r.chain ?? r.table;
    const seen = new Set(first ? [keyOf(first)] : []);
    const firstOfEach = [
      ...report.chains.flatMap((c) => (c.firstTampered ? [c.firstTampered] : [])),
      ...report.problems.filter((p) => p.dossierCode !== undefined || p.dossierId !== undefined),
    ].filter((r) => !seen.has(keyOf(r)) && seen.add(keyOf(r)));
    const others =
      firstOfEach
        .slice(0, MAX_LISTED)
        .map((r) => `  ${where(r)} — ${r.reason.vi} / ${r.reason.en}\n`)
        .join('') +
      (firstOfEach.length > MAX_LISTED
        ? `  … và ${firstOfEach.length - MAX_LISTED} chỗ khác / and ${firstOfEach.length - MAX_LISTED} more\n`
        : '');
    const text = first
      ? `Phát hiện bản ghi bị sửa đầu tiên: ${where(first)} — ${first.reason.vi}\n` +
        `First tampered record: ${where(first)} — ${first.reason.en}\n` +
        (others ? `Chuỗi và hồ sơ khác / Other chains and dossiers:\n${others}` : '') +
        `(${report.problems.length} chỗ hỏng / break(s); đã kiểm / checked: ${counted})`
      : `Chuỗi băm hợp lệ / The hash chains verify: ${counted}.`;
    return { json: report, text, exitCode: report.ok ? 0 : 1 };
  });
}

async function lastAnchor(store: Parameters<Parameters<typeof withDatabase>[2]>[0]) {
  let last;
  for (let after = 0; ;) {
    const page = await store.scanAnchors(after, 1000);
    if (page.length === 0) return last;
    last = page[page.length - 1];
    after = last.seq;
  }
}
