/**
 * The receipt and appointment slip (form 01, Circular 03/2025): what reception hands the applicant on accepting
 * a dossier, projected from the dossier and its pinned definition. Rendered as PDF by `server/slips-pdf/`.
 */
import type { Localized } from '../../runtime/engine/index.ts';
import type { ProcessingTime } from '../../schemas/procedure.ts';
import type { Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { readableDossier } from './dossier-access.ts';
import { slipTime } from './format.ts';

export interface ReceiptSlip {
  form: '01';
  code: string;
  qrToken: string;
  applicant: { name: string | null; address: string | null; phone: string | null; email: string | null };
  procedure: { code: string; name: Localized };
  components: { name: Localized; original: number; copy: number }[];
  /** The legal processing time, e.g. { value: 5, unit: 'working_days' }; null when a rule decides it. */
  processingTime: { value: number; unit: string } | null;
  /** "hh:mm dd/MM/yyyy": when reception accepted it (the submission while it waits for acceptance). */
  receivedAt: string;
  /** The appointment for the result (the extension's if any); null before acceptance. */
  appointmentAt: string | null;
  /** Where the result is returned: the receiving unit. */
  unit: { code: string; name: Localized };
  fees: { label: Localized; amount: number }[];
  feeTotal: number;
  officer: string | null;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function duration(time: ProcessingTime): ReceiptSlip['processingTime'] {
  return 'value' in time ? { value: time.value, unit: time.unit } : null;
}

export async function receiptSlip(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<ReceiptSlip> {
  const row = await readableDossier(store, ctx, input?.code);
  const definition = await pinnedDefinition(store, row.versionId);
  const d = row.state;
  const given = (d.data.applicant ?? {}) as Record<string, unknown>;
  const applicantUser = row.applicantId ? await store.getUser(row.applicantId) : undefined;
  const accepted = d.history.find((h) => h.event === 'accept');
  const officer = accepted?.actor ? await store.getUser(accepted.actor) : undefined;
  const unit = await store.getUnit(row.unitCode);
  const received = new Set(d.components);
  return {
    form: '01',
    code: row.code,
    qrToken: row.qrToken,
    applicant: {
      name: text(given.fullName) ?? applicantUser?.displayName ?? null,
      address: text(given.address) ?? text(given.permanentAddress),
      phone: text(given.phone),
      email: text(given.email),
    },
    procedure: { code: definition.code, name: definition.name },
    components: definition.components
      .filter((c) => received.has(c.id))
      .map((c) => ({ name: c.name, original: c.copies.original, copy: c.copies.copy })),
    processingTime: duration(definition.processingTime),
    receivedAt: slipTime(d.receivedAt ?? d.submittedAt)!,
    appointmentAt: slipTime(d.promisedAt ?? d.dueAt),
    unit: {
      code: row.unitCode,
      name: unit ? { vi: unit.nameVi, en: unit.nameEn } : { vi: row.unitCode, en: row.unitCode },
    },
    fees: d.fees.items.map((f) => ({ label: f.label, amount: f.amount })),
    feeTotal: d.fees.total,
    officer: officer?.displayName ?? null,
  };
}
