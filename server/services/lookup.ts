/** The public status lookup (portal, kiosk, QR on the slip): status and timeline, no personal data. */
import type { PublicDossier } from '../contracts/dossiers.ts';
import type { Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { dossierNotFound } from './dossier-access.ts';
import { invalidInput } from '../errors.ts';
import { at } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export async function publicLookup(
  store: Store,
  _ctx: ServiceContext,
  input: { code: string } | { qrToken: string },
): Promise<PublicDossier> {
  const by =
    typeof (input as { code?: unknown })?.code === 'string'
      ? { code: (input as { code: string }).code }
      : typeof (input as { qrToken?: unknown })?.qrToken === 'string'
        ? { qrToken: (input as { qrToken: string }).qrToken }
        : undefined;
  if (!by) throw invalidInput('/code', message('lookup.dossierCodeOrQr'));
  const row = await store.getDossier(by);
  if (!row) throw dossierNotFound('code' in by ? by.code : 'QR');
  const procedure = await store.getProcedure(row.procedureCode);
  const d = row.state;
  return {
    code: row.code,
    status: row.status,
    procedure: {
      code: row.procedureCode,
      name: procedure
        ? { vi: procedure.nameVi, en: procedure.nameEn }
        : { vi: row.procedureCode, en: row.procedureCode },
    },
    unit: row.unitCode,
    submittedAt: at(row.submittedAt),
    receivedAt: at(row.receivedAt),
    dueAt: at(row.dueAt),
    finishedAt: at(row.finishedAt),
    timing: row.timing,
    timeline: d.history.map((h) => ({
      at: at(h.at),
      event: h.event,
      status: h.status,
      unit: h.unit ?? null,
    })),
  };
}
