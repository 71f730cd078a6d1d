import { fail } from '../errors.ts';
import type { ActionEvent } from '../dossier.ts';
import { inputSchema, oneOf, TEXT_SCHEMA } from './input.ts';
import { MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';
import { formatNumber } from '../forms/words.ts';

/**
 * Who confirms a payment, and how it was paid: the one-stop officer of the handling unit records cash paid at the
 * counter; the platform records what a payment gateway's signed callback confirmed. The applicant never marks
 * their own fees paid (nothing they send could be checked): they pay at one of those two places.
 */
const METHODS: Record<string, readonly string[]> = {
  reception: ['counter'],
  system: ['online', 'bank_transfer'],
};

/** Longest receipt number or gateway transaction reference kept. */
const MAX_REFERENCE = 100;

/** The receipt number (counter) or the gateway's transaction reference: what the payment can be traced by. */
function reference(event: ActionEvent): string {
  const value = event.input?.reference;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_REFERENCE) {
    fail(
      'PAYMENT_REFERENCE_REQUIRED',
      message('nodes.paymentReferenceRequired', { maxReference: MAX_REFERENCE }),
      { path: '/input/reference' },
    );
  }
  return value;
}

/** Waits until the fees are paid (DOMAIN §4.9); passes straight through when nothing is due. */
export const payment: NodeType = {
  type: 'payment',
  label: message('nodes.payment.label'),
  description: message('nodes.payment.description'),
  icon: 'wallet',
  color: '#f9a825',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'pay',
      label: message('nodes.pay.label'),
      roles: () => Object.keys(METHODS),
      input(at) {
        const due = at && at.dossier.fees.total - at.dossier.fees.paid;
        return inputSchema(
          {
            amount: due === undefined ? { type: 'integer', minimum: 1 } : { const: due },
            method: { enum: at ? (METHODS[at.role] ?? []) : [...new Set(Object.values(METHODS).flat())] },
            reference: { ...TEXT_SCHEMA, maxLength: MAX_REFERENCE },
          },
          ['amount', 'method', 'reference'],
        );
      },
      run(run, node, task, event) {
        const due = run.d.fees.total - run.d.fees.paid;
        const amount = event.input?.amount;
        if (amount !== due) {
          fail(
            'PAYMENT_AMOUNT_MISMATCH',
            message('nodes.paymentAmountMismatch', { amount: JSON.stringify(amount), due }),
            { path: '/input/amount', details: { due } },
          );
        }
        oneOf(event, 'method', METHODS[event.role]);
        reference(event);
        run.d.fees = { ...run.d.fees, paid: run.d.fees.paid + due, paidAt: run.now };
        run.closeTask(task, 'paid');
        run.leave(node);
      },
    },
  ],
  enter(run, node) {
    if (run.d.fees.total - run.d.fees.paid <= 0) return run.leave(node);
    run.openTask(node, { role: 'citizen', unit: run.d.unit });
    run.notify(
      { role: 'citizen' },
      'payment_due',
      message('nodes.paymentDue', { amount: formatNumber(run.d.fees.total - run.d.fees.paid) }),
    );
  },
};
