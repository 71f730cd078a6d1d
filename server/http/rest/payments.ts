/**
 * What the payment gateway calls: its server-to-server report (IPN), which alone marks fees paid, and the return
 * address it sends the person's browser back to (shown, never trusted: it only finds where to send them).
 */
import type { FastifyInstance } from 'fastify';
import { readReport } from '../../payments/gateway.ts';
import { settleGatewayReport } from '../../services/online-payments.ts';
import { Type } from '../../contracts/common.ts';
import type { HttpDeps } from '../deps.ts';
import { gatewayOf } from '../payment-gateway.ts';

const tags = ['dossiers'];
const FIELDS = [
  'vnp_TmnCode',
  'vnp_Amount',
  'vnp_TxnRef',
  'vnp_OrderInfo',
  'vnp_ResponseCode',
  'vnp_TransactionStatus',
  'vnp_TransactionNo',
  'vnp_BankCode',
  'vnp_BankTranNo',
  'vnp_CardType',
  'vnp_PayDate',
  'vnp_SecureHashType',
  'vnp_SecureHash',
];
/** The gateway's report; a field a later protocol version adds is kept (the signature covers it). */
const report = Type.Object(
  Object.fromEntries(FIELDS.map((name) => [name, Type.Optional(Type.String({ maxLength: 1000 }))])),
  { additionalProperties: Type.String({ maxLength: 1000 }), maxProperties: 40 },
);
const ipnAnswer = Type.Object({
  RspCode: Type.String({
    description:
      '00 taken, 01 unknown order, 02 already confirmed, 04 wrong amount, 97 bad signature, 99 other',
  }),
  Message: Type.String(),
});

export function paymentRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.get<{ Querystring: Record<string, string> }>(
    '/payments/gateway/ipn',
    {
      schema: {
        operationId: 'payments.gatewayReport',
        summary: 'Báo cáo thanh toán của cổng thanh toán (IPN) / The payment gateway’s report (IPN)',
        description:
          'Called by the gateway, server to server, with its signed report. Always 200 with the answer the gateway ' +
          'expects; a refused report (signature, order, amount, replay) is written to the audit log.',
        tags,
        querystring: report,
        response: { '200': ipnAnswer },
      },
    },
    async (request) => settleGatewayReport(deps.store, deps.clock(), gatewayOf(deps), request.query),
  );

  api.get<{ Querystring: Record<string, string> }>(
    '/payments/gateway/return',
    {
      schema: {
        operationId: 'payments.gatewayReturn',
        summary: 'Quay về từ cổng thanh toán / Back from the payment gateway',
        description:
          'Sends the browser to its dossier’s payment page, saying whether the gateway reported it paid.',
        tags,
        querystring: report,
      },
      config: { openapi: { responses: { '302': { description: 'To the dossier’s payment page' } } } },
    },
    async (request, reply) => {
      const read = readReport(gatewayOf(deps), request.query);
      if (!read.ok || read.report.orderId === undefined) return reply.redirect('/?payment=invalid', 302);
      const [order] = await deps.store.run(
        (tx) => tx.select('paymentOrders', { id: read.report.orderId }),
        'read',
      );
      const dossier = order && (await deps.store.getDossier({ id: order.dossierId }));
      const outcome = read.report.paid ? 'paid' : 'failed';
      return reply.redirect(
        dossier ? `/ho-so/${dossier.code}/thanh-toan?payment=${outcome}` : `/?payment=${outcome}`,
        302,
      );
    },
  );
}
