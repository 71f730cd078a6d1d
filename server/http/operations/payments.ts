/** Paying a dossier's fees online: the order, then the gateway's page (its reports arrive at rest/payments.ts). */
import { CodeInput } from '../../contracts/common.ts';
import {
  PaymentDue,
  Reconciliation,
  ReconciliationInput,
  StartPaymentInput,
  StartedPayment,
} from '../../contracts/payments.ts';
import { paymentDue, startOnlinePayment } from '../../services/online-payments.ts';
import { reconciliation } from '../../services/reconciliation.ts';
import { gatewayOf } from '../payment-gateway.ts';
import { mutation, query } from './operation.ts';

export const payments = {
  due: query({
    summary: 'Phí, lệ phí cần nộp / What a dossier owes and how to pay it',
    description:
      'For the applicant: what the dossier owes now (in figures and in Vietnamese words), whether it waits at ' +
      'its payment step, whether the gateway can be used, and the VietQR transfer to the collecting account.',
    tags: ['dossiers'],
    access: 'session',
    input: CodeInput,
    output: PaymentDue,
    rest: { method: 'GET', path: '/dossiers/:code/payments' },
    errors: { '403': 'FORBIDDEN: only the applicant pays', '404': 'DOSSIER_NOT_FOUND' },
    run: ({ deps, ctx }, input) => paymentDue(deps.store, ctx, deps.gateway, input.code),
  }),
  start: mutation({
    summary: 'Thanh toán trực tuyến phí, lệ phí / Pay a dossier’s fees online',
    description:
      'For the applicant of a dossier that waits at its payment step: an order for what it owes, and the ' +
      'gateway’s signed page to send the browser to. Only the gateway’s signed report (IPN) marks the fees paid.',
    tags: ['dossiers'],
    access: 'session',
    input: StartPaymentInput,
    output: StartedPayment,
    rest: { method: 'POST', path: '/dossiers/:code/payments', status: 201 },
    errors: {
      '403': 'FORBIDDEN: only the applicant pays',
      '404': 'DOSSIER_NOT_FOUND, PAYMENT_GATEWAY_DISABLED',
      '409': 'NOTHING_TO_PAY: the dossier does not wait for a payment now',
    },
    run: ({ deps, ctx, request }, input) =>
      startOnlinePayment(deps.store, ctx, gatewayOf(deps), {
        code: input.code,
        ip: request.ip,
        language: input.language ?? 'vi',
      }),
  }),
  reconciliation: query({
    summary: 'Đối soát thu phí theo ngày / Daily payment reconciliation',
    description:
      'Every confirmed payment of the caller’s units on one day (Vietnam time), with the gateway’s transaction ' +
      'number or the counter receipt number to match against the bank statement, totals by method, and the ' +
      'gateway payments taken but not applied to a dossier. For reception, agency administrators and auditors.',
    tags: ['dossiers'],
    access: 'session',
    input: ReconciliationInput,
    output: Reconciliation,
    rest: { method: 'GET', path: '/payments/reconciliation' },
    errors: { '403': 'FORBIDDEN: the caller holds no reconciling role at the unit asked for' },
    run: ({ deps, ctx }, input) => reconciliation(deps.store, ctx, input),
  }),
};
