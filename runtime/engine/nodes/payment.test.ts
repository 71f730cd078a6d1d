import { describe, expect, it } from 'vitest';
import type { FeeItem } from '../../../schemas/procedure.ts';
import {
  at,
  chain,
  closed,
  definition,
  node,
  notified,
  openNodes,
  refused,
  run,
  UNIT,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';

const FEES: FeeItem[] = [
  { id: 'fee', kind: 'fee', label: { vi: 'Lệ phí', en: 'Fee' }, amount: 50000 },
  {
    id: 'copies',
    kind: 'charge',
    label: { vi: 'Phí bản sao', en: 'Copies' },
    amount: { '*': [{ var: ['copies', 0] }, 8000] },
  },
];

function withPayment(fees: FeeItem[] = FEES) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('payment', 'payment'),
    node('appraisal', 'task', { role: 'specialist' }),
    node('end', 'end'),
  ];
  return definition({ nodes, edges: chain(...nodes.map((n) => n.id)), fees });
}

describe('payment', () => {
  const def = withPayment();
  const submit = { data: { name: 'Nguyễn Văn A', copies: 2 } };

  it('computes the fees at submission and waits for them after acceptance', () => {
    const { dossier, last } = run(def, [ACCEPT], submit);
    expect(dossier.fees).toMatchObject({ total: 66000, paid: 0 });
    expect(dossier.fees.items.map((i) => [i.id, i.amount])).toEqual([
      ['fee', 50000],
      ['copies', 16000],
    ]);
    expect(dossier.status).toBe('awaiting_payment');
    expect(dossier.tasks).toMatchObject([{ node: 'payment', role: 'citizen', unit: UNIT }]);
    expect(notified(last)).toContain('payment_due');
  });

  const counter = (input: Record<string, unknown> = {}) => ({
    at: '2026-11-23T09:30',
    action: 'pay',
    role: 'reception',
    input: { amount: 66000, method: 'counter', reference: 'BL-0001', ...input },
  });

  it('the counter officer records the exact amount with its receipt number; the dossier goes on, still only received', () => {
    const { dossier, last } = run(def, [ACCEPT, counter()], submit);
    expect(dossier.fees).toMatchObject({ total: 66000, paid: 66000, paidAt: at('2026-11-23T09:30') });
    expect(closed(last)).toEqual([{ node: 'payment', outcome: 'paid' }]);
    expect(openNodes(dossier)).toEqual(['appraisal']);
    expect(dossier.status).toBe('received');
    expect(dossier.history.at(-1)).toMatchObject({
      event: 'pay',
      role: 'reception',
      input: { amount: 66000, method: 'counter', reference: 'BL-0001' },
    });
  });

  it('an amount other than the amount due is refused, with the amount due', () => {
    const { dossier } = run(def, [ACCEPT], submit);
    const error = refused(def, dossier, counter({ amount: 60000 }), 'PAYMENT_AMOUNT_MISMATCH');
    expect(error).toMatchObject({ path: '/input/amount', details: { due: 66000 } });
    refused(def, dossier, counter({ amount: 70000 }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, counter({ amount: '66000' }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, counter({ amount: undefined }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, counter({ method: undefined }), 'INPUT_INVALID');
    refused(def, dossier, counter({ method: 'cash_in_envelope' }), 'INPUT_INVALID');
  });

  it('a payment is recorded only with what it can be traced by: the receipt number or the gateway reference', () => {
    const { dossier } = run(def, [ACCEPT], submit);
    for (const reference of [undefined, '', '   ', 12, 'x'.repeat(101)]) {
      const error = refused(def, dossier, counter({ reference }), 'PAYMENT_REFERENCE_REQUIRED');
      expect(error.path).toBe('/input/reference');
      expect(error.message.vi).toContain('biên lai');
    }
    expect(run(def, [ACCEPT, counter({ reference: 'x'.repeat(100) })], submit).dossier.fees.paid).toBe(66000);
  });

  it('the counter officer records counter payments, the platform gateway confirmations; the applicant neither', () => {
    const pay = (role: string, method: string, unit?: string) => ({
      at: '2026-11-23T09:30',
      action: 'pay',
      role,
      unit,
      input: { amount: 66000, method, reference: 'REF-1' },
    });
    const { dossier } = run(def, [ACCEPT], submit);
    expect(run(def, [ACCEPT, pay('reception', 'counter', UNIT)], submit).dossier.fees.paid).toBe(66000);
    expect(run(def, [ACCEPT, pay('system', 'online')], submit).dossier.fees.paid).toBe(66000);
    expect(run(def, [ACCEPT, pay('system', 'bank_transfer')], submit).dossier.fees.paid).toBe(66000);
    // Whatever method or reference the applicant sends, nothing they send confirms a payment.
    for (const method of ['online', 'counter', 'bank_transfer'])
      refused(def, dossier, pay('citizen', method), 'ROLE_NOT_ALLOWED');
    refused(def, dossier, pay('reception', 'online'), 'INPUT_INVALID');
    refused(def, dossier, pay('system', 'counter'), 'INPUT_INVALID');
    refused(def, dossier, pay('specialist', 'counter'), 'ROLE_NOT_ALLOWED');
    refused(def, dossier, pay('reception', 'counter', 'OTHER'), 'UNIT_NOT_ALLOWED');
  });

  it('nothing due: the payment step passes straight through', () => {
    const { dossier, last } = run(def, [ACCEPT], { data: { name: 'Nguyễn Văn A', copies: 0 }, ...{} });
    // 50,000 still due from the fixed fee; with no fees at all the step is skipped.
    expect(dossier.status).toBe('awaiting_payment');
    const free = withPayment([{ ...FEES[1] }]);
    const skipped = run(free, [ACCEPT], { data: { name: 'Nguyễn Văn A', copies: 0 } });
    expect(skipped.dossier.fees.total).toBe(0);
    expect(openNodes(skipped.dossier)).toEqual(['appraisal']);
    expect(skipped.dossier.status).toBe('received');
    expect(notified(skipped.last)).not.toContain('payment_due');
    expect(last.length).toBeGreaterThan(0);
  });

  it('paying when nothing is awaited is not available', () => {
    const { dossier } = run(def, [], submit);
    refused(def, dossier, counter(), 'ACTION_NOT_AVAILABLE');
  });
});
