/** Paying a dossier's fees online through the payment gateway. */
import { Code, Instant, nullable, Type, type Static } from './common.ts';

export const StartPaymentInput = Type.Object(
  {
    code: Code,
    language: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')], { default: 'vi' })),
  },
  { additionalProperties: false },
);
export type StartPaymentInput = Static<typeof StartPaymentInput>;

export const StartedPayment = Type.Object({
  orderId: Type.String({ description: 'The order reference the gateway reports back' }),
  amount: Type.Integer({ minimum: 1, description: 'Whole đồng: what the dossier owes now' }),
  redirect: Type.String({
    description: 'The gateway’s signed payment page for this order: send the browser there',
  }),
});

export const PaymentDue = Type.Object({
  code: Type.String(),
  total: Type.Integer({ minimum: 0, description: 'Whole đồng: the dossier’s fees' }),
  paid: Type.Integer({ minimum: 0, description: 'Whole đồng: paid so far' }),
  amount: Type.Integer({ minimum: 0, description: 'Whole đồng owed now; 0 when no payment is awaited' }),
  amountInWords: Type.String({ examples: ['Mười sáu nghìn đồng'] }),
  waiting: Type.Boolean({ description: 'The dossier waits at its payment step' }),
  online: Type.Boolean({ description: 'The payment gateway can be used now (POST …/payments)' }),
  transfer: Type.Optional(
    Type.Object(
      {
        bankBin: Type.String({ description: 'The collecting bank’s NAPAS BIN' }),
        account: Type.String(),
        holder: Type.String(),
        content: Type.String({
          description: 'The transfer content that names the dossier',
          examples: ['MC 000.00.23.H41-261123-0007'],
        }),
        payload: Type.String({ description: 'The VietQR (EMVCo) text to draw as a QR code' }),
      },
      { description: 'A bank transfer from any banking app, matched when the bank reports it' },
    ),
  ),
});

export const ReconciliationInput = Type.Object(
  {
    date: Type.String({ format: 'date', description: 'The day, in Vietnam time', examples: ['2026-12-05'] }),
    unitCode: Type.Optional(Code),
  },
  { additionalProperties: false },
);
export type ReconciliationInput = Static<typeof ReconciliationInput>;

const Amount = Type.Integer({ minimum: 0, description: 'Whole đồng' });

export const Reconciliation = Type.Object({
  date: Type.String(),
  from: Instant,
  to: Instant,
  units: Type.Array(Type.String(), { description: 'The units whose payments are listed' }),
  lines: Type.Array(
    Type.Object({
      paymentId: Type.String(),
      at: Instant,
      dossierCode: Type.String(),
      procedureCode: Type.String(),
      unitCode: Type.String(),
      amount: Amount,
      method: Type.String({ examples: ['online', 'cash', 'transfer'] }),
      reference: nullable(
        Type.String({ description: 'The gateway’s transaction number, or the counter receipt number' }),
      ),
    }),
  ),
  totals: Type.Array(Type.Object({ method: Type.String(), count: Type.Integer(), amount: Amount })),
  total: Amount,
  unapplied: Type.Array(
    Type.Object({
      orderId: Type.String(),
      at: Instant,
      dossierCode: Type.String(),
      unitCode: Type.String(),
      amount: Amount,
      gateway: Type.String(),
      transactionNo: nullable(Type.String()),
    }),
    { description: 'Gateway payments whose money was taken but which no dossier could take: settle by hand' },
  ),
  truncated: Type.Boolean({ description: 'More lines exist than listed: ask for one unit' }),
});
