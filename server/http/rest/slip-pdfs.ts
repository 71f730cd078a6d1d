/**
 * A dossier's slips as PDF, for its applicant and the officers of the units handling it: the receipt and
 * appointment slip (form 01) and the receipt of fees paid. Each carries the QR code of the public tracking page.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CodeInput } from '../../contracts/common.ts';
import { paymentReceipt, receiptSlip, type ServiceContext } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { paymentReceiptPdf } from '../../slips-pdf/payment-receipt.ts';
import { receiptPdf } from '../../slips-pdf/receipt.ts';
import { contextOf, type HttpDeps } from '../deps.ts';

interface SlipPdf<T extends { code: string }> {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  fileName: string;
  notFound: string;
  read(store: Store, ctx: ServiceContext, input: { code: string }): Promise<T>;
  render(slip: T, trackingUrl: string): Promise<Buffer>;
}

const trackingUrl = (request: FastifyRequest, code: string) =>
  `${request.protocol}://${request.headers.host ?? 'localhost'}/tra-cuu/${encodeURIComponent(code)}`;

function slipPdfRoute<T extends { code: string }>(
  api: FastifyInstance,
  deps: HttpDeps,
  slip: SlipPdf<T>,
): void {
  api.get<{ Params: { code: string } }>(
    slip.path,
    {
      schema: {
        operationId: slip.operationId,
        summary: slip.summary,
        description: `${slip.description} A5, in Vietnamese, with the QR code of the public tracking page. For the applicant who owns the dossier and officers of the units handling it.`,
        tags: ['dossiers'],
        params: CodeInput,
      },
      config: {
        openapi: {
          auth: 'session',
          responses: {
            '200': {
              description: 'The slip',
              content: {
                'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              },
            },
          },
          errors: {
            '403': 'FORBIDDEN: neither the applicant nor an officer of a handling unit',
            '404': slip.notFound,
          },
        },
      },
    },
    async (request, reply) => {
      const { ctx } = await contextOf(deps, request, reply, { signedIn: true });
      const read = await slip.read(deps.store, ctx, { code: request.params.code });
      const pdf = await slip.render(read, trackingUrl(request, read.code));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${slip.fileName}-${read.code}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}

export function slipPdfRoutes(api: FastifyInstance, deps: HttpDeps): void {
  slipPdfRoute(api, deps, {
    path: '/dossiers/:code/receipt.pdf',
    operationId: 'dossiers.receiptPdf',
    summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả / Receipt and appointment slip (form 01), PDF',
    description: 'Form 01 of Circular 03/2025.',
    fileName: 'giay-tiep-nhan',
    notFound: 'DOSSIER_NOT_FOUND',
    read: receiptSlip,
    render: receiptPdf,
  });
  slipPdfRoute(api, deps, {
    path: '/dossiers/:code/payment-receipt.pdf',
    operationId: 'dossiers.paymentReceiptPdf',
    summary: 'Biên lai thu phí, lệ phí / Receipt of the fees paid, PDF',
    description:
      'Every confirmed payment with its method and reference, the fee lines, and the sum in figures and in words.',
    fileName: 'bien-lai',
    notFound: 'DOSSIER_NOT_FOUND, PAYMENT_NOT_FOUND (nothing paid yet)',
    read: paymentReceipt,
    render: paymentReceiptPdf,
  });
}
