/**
 * Fees become paid only on a confirmation the applicant cannot forge (DOMAIN §4.9): the one-stop officer of the
 * handling unit records a payment at the counter with its receipt number (the `pay` action), or the platform does
 * on a payment gateway's signed callback (role `system`, which no HTTP caller can take). Each confirmed payment is
 * written to the payments table, and audited, in the transaction of the dossier change it paid for.
 */
import type { Dossier } from '../../runtime/engine/index.ts';
import { timeOrderedId, type DossierRow, type PaymentRow } from '../store/index.ts';
import { serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export type PaymentRecord = Omit<PaymentRow, 'dossierId'>;

/** The payment a change confirmed: the fees it marked paid, with the method and reference its `pay` entry holds. */
export function confirmedPayment(before: Dossier, after: Dossier, at: number): PaymentRecord | undefined {
  const amount = after.fees.paid - before.fees.paid;
  if (amount <= 0) return undefined;
  const confirmation = after.history.slice(before.history.length).find((h) => h.event === 'pay')?.input ?? {};
  return {
    id: timeOrderedId(at),
    amount,
    method: String(confirmation.method),
    reference: String(confirmation.reference),
    status: 'confirmed',
    createdAt: at,
  };
}

/** What the audit entry of the change says about its payment. */
export const auditedPayment = ({ id, amount, method, reference }: PaymentRecord) => ({
  id,
  amount,
  method,
  reference,
});

/** The applicant asked to mark their fees paid: they are told where paying is confirmed. */
export function paymentNotByApplicant(row: DossierRow) {
  const { total, paid } = row.state.fees;
  return serviceError(
    'PAYMENT_CONFIRMATION_REQUIRED',
    403,
    message('payments.paymentConfirmationRequired', { unitCode: row.unitCode }),
    { path: '/action', details: { due: total - paid, unit: row.unitCode } },
  );
}
