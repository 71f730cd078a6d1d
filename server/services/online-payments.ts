/**
 * Paying a dossier's fees online (DOMAIN §4.9, seed: Lâm Đồng Art. 17). The applicant starts an order and is sent to
 * the gateway; only the gateway's signed server-to-server report (IPN) marks the fees paid — as the platform (role
 * `system`), in the transaction that settles the order, once. Every report that is refused (a bad signature, an
 * unknown order, a wrong amount, a replay) is written to the audit log, where officers see it.
 */
import { amountInWords, apply, type ActionEvent } from '../../runtime/engine/index.ts';
import {
  timeOrderedId,
  PaymentOrderSettled,
  RevisionConflict,
  type PaymentOrderRow,
  type Store,
} from '../store/index.ts';
import {
  paymentRedirect,
  readReport,
  type GatewayConfig,
  type GatewayReport,
  type IpnAnswer,
} from '../payments/gateway.ts';
import type { GatewayParams } from '../payments/signing.ts';
import {
  transferContent,
  transferDossierCode,
  vietQrPayload,
  type CollectingAccount,
} from '../payments/vietqr.ts';
import { currentCalendar } from './calendars.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { loadDossier } from './dossier-access.ts';
import { commitResult } from './dossier-plan.ts';
import { forbidden, serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** A configured gateway: its protocol settings and the name its orders and payments are recorded under. */
export interface Gateway extends GatewayConfig {
  name: string;
  /** The account that VietQR transfers pay into; the gateway reports them like its own payments. */
  collecting?: CollectingAccount;
}

/** How long the gateway's page accepts an order. */
const ORDER_TTL_MS = 15 * 60_000;

const payEvent = (amount: number, reference: string, method = 'online'): ActionEvent => ({
  action: 'pay',
  role: 'system',
  input: { amount, method, reference },
});

export interface StartedPayment {
  orderId: string;
  amount: number;
  /** Where to send the applicant: the gateway's page for this order. */
  redirect: string;
}

/** What the applicant's dossier owes now, and whether it waits at its payment step (the engine asked as for the
 * real payment: a dossier that is not waiting there refuses it). */
async function owed(store: Store, ctx: ServiceContext, code: string) {
  const actor = requireActor(ctx);
  const row = await loadDossier(store, code);
  if (row.applicantId !== actor.userId) {
    throw forbidden(message('onlinePayments.onlyApplicantPaysDossier'));
  }
  const amount = row.state.fees.total - row.state.fees.paid;
  const definition = await pinnedDefinition(store, row.versionId);
  const trial = apply(definition, row.state, payEvent(amount, 'trial'), {
    now: ctx.now,
    calendar: await ctx.calendar(),
  });
  return { row, amount, waiting: amount > 0 && trial.ok };
}

export interface PaymentDue {
  code: string;
  total: number;
  paid: number;
  /** What the dossier owes now; 0 when it does not wait for a payment. */
  amount: number;
  amountInWords: string;
  waiting: boolean;
  /** The gateway's page can be used. */
  online: boolean;
  /** A VietQR bank transfer to the collecting account, where one is configured. */
  transfer?: { bankBin: string; account: string; holder: string; content: string; payload: string };
}

/** What the applicant sees on the payment page: the amount, in words, and the ways to pay it. */
export async function paymentDue(
  store: Store,
  ctx: ServiceContext,
  gateway: Gateway | undefined,
  code: string,
): Promise<PaymentDue> {
  const { row, amount: due, waiting } = await owed(store, ctx, code);
  const amount = waiting ? due : 0;
  const to = gateway?.collecting;
  return {
    code: row.code,
    total: row.state.fees.total,
    paid: row.state.fees.paid,
    amount,
    amountInWords: amountInWords(amount),
    waiting,
    online: waiting && gateway !== undefined,
    transfer:
      waiting && to
        ? {
            ...to,
            content: transferContent(row.code),
            payload: vietQrPayload(to, amount, row.code),
          }
        : undefined,
  };
}

/** The applicant starts paying what their dossier owes now: an order, and the gateway's signed address for it. */
export async function startOnlinePayment(
  store: Store,
  ctx: ServiceContext,
  gateway: Gateway,
  input: { code: string; ip: string; language: 'vi' | 'en' },
): Promise<StartedPayment> {
  const { row, amount, waiting } = await owed(store, ctx, input.code);
  if (!waiting) {
    throw serviceError('NOTHING_TO_PAY', 409, message('onlinePayments.nothingToPay', { code: row.code }), {
      path: '/code',
      details: { due: amount },
    });
  }
  const actor = requireActor(ctx);
  const orderId = timeOrderedId(ctx.now);
  await store.run(
    (tx) =>
      tx.insert('paymentOrders', {
        id: orderId,
        dossierId: row.id,
        amount,
        gateway: gateway.name,
        status: 'pending',
        transactionNo: null,
        createdBy: actor.userId,
        createdAt: ctx.now,
        settledAt: null,
      }),
    'write',
  );
  const redirect = paymentRedirect(gateway, {
    orderId,
    amount,
    info: `Phi, le phi ho so ${row.code}`,
    ip: input.ip,
    at: ctx.now,
    expiresAt: ctx.now + ORDER_TTL_MS,
    language: input.language,
  });
  return { orderId, amount, redirect };
}

const ANSWERS: Record<IpnAnswer['RspCode'], string> = {
  '00': 'Confirm Success',
  '01': 'Order not found',
  '02': 'Order already confirmed',
  '04': 'Invalid amount',
  '97': 'Invalid signature',
  '99': 'Unknown error',
};
const answer = (code: IpnAnswer['RspCode']): IpnAnswer => ({ RspCode: code, Message: ANSWERS[code] });

/** What the gateway's IPN does: the order settled (and the fees paid) once, or the report refused and audited. */
export async function settleGatewayReport(
  store: Store,
  now: number,
  gateway: Gateway,
  params: GatewayParams,
): Promise<IpnAnswer> {
  const audit = (action: string, reason: string, report?: GatewayReport) =>
    store.appendAudit({
      at: now,
      actorId: null,
      action,
      target: report?.orderId ?? String(params.vnp_TxnRef ?? ''),
      payload: {
        gateway: gateway.name,
        reason,
        ...(report ? { amount: report.amount, transactionNo: report.transactionNo } : {}),
      },
    });
  const refuse = async (code: IpnAnswer['RspCode'], reason: string, report?: GatewayReport) => {
    await audit('payment.report_refused', reason, report);
    return answer(code);
  };
  const read = readReport(gateway, params);
  if (!read.ok) return refuse(read.refusal === 'SIGNATURE_INVALID' ? '97' : '99', read.refusal);
  const { report } = read;
  const transfer = report.orderId === undefined;
  const order = transfer
    ? await transferOrder(store, now, gateway, report)
    : (
        await store.run(
          (tx) => tx.select('paymentOrders', { id: report.orderId, gateway: gateway.name }),
          'read',
        )
      )[0];
  if (order === 'replayed') return refuse('02', 'REPORT_REPLAYED', report);
  if (!order) return refuse('01', 'ORDER_UNKNOWN', report);
  if (order.amount !== report.amount) return refuse('04', 'AMOUNT_MISMATCH', report);
  if (order.status !== 'pending') return refuse('02', 'REPORT_REPLAYED', report);
  if (!report.paid) {
    await store.run(
      (tx) =>
        tx.update('paymentOrders', { status: 'failed', settledAt: now }, { id: order.id, status: 'pending' }),
      'write',
    );
    return answer('00');
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = (await store.getDossier({ id: order.dossierId }))!;
    const definition = await pinnedDefinition(store, row.versionId);
    const method = transfer ? 'bank_transfer' : 'online';
    const result = apply(definition, row.state, payEvent(report.amount, report.transactionNo, method), {
      now,
      calendar: await currentCalendar(store),
    });
    if (!result.ok) {
      // The money was taken but the dossier no longer waits for it (withdrawn, fees changed): officers settle it.
      await store.run(
        (tx) =>
          tx.update(
            'paymentOrders',
            { status: 'paid_unapplied', transactionNo: report.transactionNo, settledAt: now },
            { id: order.id, status: 'pending' },
          ),
        'write',
      );
      await audit('payment.unapplied', result.error.code, report);
      return answer('00');
    }
    try {
      await commitResult(store, {
        row,
        result,
        settles: { orderId: order.id, transactionNo: report.transactionNo },
        audit: {
          at: now,
          actorId: null,
          action: 'dossier.pay',
          payload: { gateway: gateway.name, orderId: order.id },
        },
      });
      return answer('00');
    } catch (error) {
      if (error instanceof PaymentOrderSettled) return refuse('02', 'REPORT_REPLAYED', report);
      if (!(error instanceof RevisionConflict)) throw error;
    }
  }
  return answer('99');
}

/**
 * A bank transfer to the collecting account (a VietQR payment) has no order: its content names the dossier. The
 * order is written from the report, once per bank transaction (the unique gateway + transaction number), so that it
 * settles like any other; a wrong amount is not refused, since the money is in the account: the engine declines it
 * and the order stays `paid_unapplied` for the officers.
 */
async function transferOrder(
  store: Store,
  now: number,
  gateway: Gateway,
  report: GatewayReport,
): Promise<PaymentOrderRow | 'replayed' | undefined> {
  const code = transferDossierCode(report.content);
  const dossier = code === undefined ? undefined : await store.getDossier({ code });
  if (!dossier || !report.paid || report.transactionNo === '') return undefined;
  const order: PaymentOrderRow = {
    id: timeOrderedId(now),
    dossierId: dossier.id,
    amount: report.amount,
    gateway: gateway.name,
    status: 'pending',
    transactionNo: report.transactionNo,
    createdBy: 'system',
    createdAt: now,
    settledAt: null,
  };
  const inserted = await store.run(
    (tx) => tx.insert('paymentOrders', order, { ignoreConflicts: true }),
    'write',
  );
  return inserted === 1 ? order : 'replayed';
}
