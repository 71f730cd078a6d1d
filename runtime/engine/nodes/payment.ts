import { fail } from '../errors.ts';
import { oneOf, optionalText } from './input.ts';
import { MANY, type NodeType } from './types.ts';

const METHODS = ['online', 'counter', 'bank_transfer'] as const;

/** Waits until the fees are paid (DOMAIN §4.9); passes straight through when nothing is due. */
export const payment: NodeType = {
  type: 'payment',
  label: { vi: 'Thanh toán phí, lệ phí', en: 'Payment' },
  description: {
    vi: 'Chờ tổ chức, cá nhân nộp đủ phí, lệ phí trước khi xử lý tiếp.',
    en: 'Waits until the applicant has paid the fees before going on.',
  },
  icon: 'wallet',
  color: '#f9a825',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'pay',
      label: { vi: 'Nộp phí, lệ phí', en: 'Pay' },
      // The applicant online, the counter officer for cash, or the platform on a gateway callback.
      roles: () => ['citizen', 'reception', 'system'],
      run(run, node, task, event) {
        const due = run.d.fees.total - run.d.fees.paid;
        const amount = event.input?.amount;
        if (amount !== due) {
          fail(
            'PAYMENT_AMOUNT_MISMATCH',
            `Số tiền nộp (${JSON.stringify(amount)}) phải bằng số phải nộp: ${due} đồng.`,
            `The amount paid (${JSON.stringify(amount)}) must equal the amount due: ${due} VND.`,
            { path: '/input/amount', details: { due } },
          );
        }
        oneOf(event, 'method', METHODS);
        optionalText(event, 'reference');
        run.d.fees = { ...run.d.fees, paid: run.d.fees.paid + due, paidAt: run.now };
        run.closeTask(task, 'paid');
        run.leave(node);
      },
    },
  ],
  enter(run, node) {
    if (run.d.fees.total - run.d.fees.paid <= 0) return run.leave(node);
    run.openTask(node, { role: 'citizen', unit: run.d.unit });
    run.notify({ role: 'citizen' }, 'payment_due', {
      vi: `Vui lòng nộp ${run.d.fees.total - run.d.fees.paid} đồng phí, lệ phí.`,
      en: `Please pay ${run.d.fees.total - run.d.fees.paid} VND in fees.`,
    });
  },
};
