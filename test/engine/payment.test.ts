import { describe, expect, it } from 'vitest';
import type { FeeItem } from '../../schemas/procedure.ts';
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
} from './support/builder.ts';

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

  it('paying the exact amount records it and goes on; the dossier is still only received', () => {
    const { dossier, last } = run(
      def,
      [
        ACCEPT,
        {
          at: '2026-11-23T09:30',
          action: 'pay',
          role: 'citizen',
          input: { amount: 66000, method: 'online', reference: 'VNPAY-1' },
        },
      ],
      submit,
    );
    expect(dossier.fees).toMatchObject({ total: 66000, paid: 66000, paidAt: at('2026-11-23T09:30') });
    expect(closed(last)).toEqual([{ node: 'payment', outcome: 'paid' }]);
    expect(openNodes(dossier)).toEqual(['appraisal']);
    expect(dossier.status).toBe('received');
  });

  it('an amount other than the amount due is refused, with the amount due', () => {
    const { dossier } = run(def, [ACCEPT], submit);
    const pay = (input: Record<string, unknown>) => ({
      at: '2026-11-23T09:30',
      action: 'pay',
      role: 'citizen',
      input,
    });
    const error = refused(def, dossier, pay({ amount: 60000, method: 'online' }), 'PAYMENT_AMOUNT_MISMATCH');
    expect(error).toMatchObject({ path: '/input/amount', details: { due: 66000 } });
    refused(def, dossier, pay({ amount: 70000, method: 'online' }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, pay({ amount: '66000', method: 'online' }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, pay({ method: 'online' }), 'PAYMENT_AMOUNT_MISMATCH');
    refused(def, dossier, pay({ amount: 66000 }), 'INPUT_INVALID');
    refused(def, dossier, pay({ amount: 66000, method: 'cash_in_envelope' }), 'INPUT_INVALID');
    refused(def, dossier, pay({ amount: 66000, method: 'online', reference: 12 }), 'INPUT_INVALID');
  });

  it('the applicant, the counter officer or the payment gateway may pay; nobody else', () => {
    const pay = (role: string, method: string, unit?: string) => ({
      at: '2026-11-23T09:30',
      action: 'pay',
      role,
      unit,
      input: { amount: 66000, method },
    });
    const { dossier } = run(def, [ACCEPT], submit);
    expect(run(def, [ACCEPT, pay('reception', 'counter')], submit).dossier.fees.paid).toBe(66000);
    expect(run(def, [ACCEPT, pay('system', 'bank_transfer')], submit).dossier.fees.paid).toBe(66000);
    // The applicant belongs to no unit: a unit sent along is ignored.
    expect(run(def, [ACCEPT, pay('citizen', 'online', 'ANY')], submit).dossier.fees.paid).toBe(66000);
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
    refused(
      def,
      dossier,
      { at: '2026-11-23T09:30', action: 'pay', role: 'citizen', input: { amount: 66000, method: 'online' } },
      'ACTION_NOT_AVAILABLE',
    );
  });
});
