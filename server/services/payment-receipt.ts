/**
 * The receipt of fees paid (biên lai thu phí, lệ phí) for a dossier: each confirmed payment with how it was paid
 * and what it can be traced by, the fee lines, and the sum in figures and in Vietnamese words as paper receipts
 * write it. For the applicant and the handling officers; rendered as PDF by `server/slips-pdf/`.
 */
import { amountInWords, type Localized } from '../../runtime/engine/index.ts';
import { serviceError } from '../errors.ts';
import type { Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { readableDossier } from './dossier-access.ts';
import { slipTime } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface PaymentReceipt {
  code: string;
  procedure: { code: string; name: Localized };
  unit: { code: string; name: Localized };
  payer: string | null;
  fees: { label: Localized; amount: number }[];
  payments: { id: string; at: string; amount: number; method: string; reference: string | null }[];
  paid: number;
  paidInWords: string;
}

export async function paymentReceipt(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<PaymentReceipt> {
  const row = await readableDossier(store, ctx, input?.code);
  const payments = await store.run(
    (tx) => tx.select('payments', { dossierId: row.id }, { orderBy: [['createdAt', 'asc']] }),
    'read',
  );
  if (payments.length === 0) {
    throw serviceError(
      'PAYMENT_NOT_FOUND',
      404,
      message('paymentReceipt.paymentNotFound', { code: row.code }),
    );
  }
  const definition = await pinnedDefinition(store, row.versionId);
  const unit = await store.getUnit(row.unitCode);
  const applicant = (row.state.data.applicant ?? {}) as Record<string, unknown>;
  const user = row.applicantId ? await store.getUser(row.applicantId) : undefined;
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  return {
    code: row.code,
    procedure: { code: definition.code, name: definition.name },
    unit: {
      code: row.unitCode,
      name: unit ? { vi: unit.nameVi, en: unit.nameEn } : { vi: row.unitCode, en: row.unitCode },
    },
    payer: (typeof applicant.fullName === 'string' && applicant.fullName) || user?.displayName || null,
    fees: row.state.fees.items.map((f) => ({ label: f.label, amount: f.amount })),
    payments: payments.map((p) => ({
      id: p.id,
      at: slipTime(p.createdAt)!,
      amount: p.amount,
      method: p.method,
      reference: p.reference,
    })),
    paid,
    paidInWords: `${amountInWords(paid)} đồng`,
  };
}
