/** The receipt of fees paid (biên lai thu phí, lệ phí) as PDF, in Vietnamese, with the tracking QR code. */
import type { PaymentReceipt } from '../services/index.ts';
import { BOLD, REGULAR, line, qrAtTopRight, renderPdf, vnd } from './document.ts';

const METHODS: Record<string, string> = {
  online: 'Thanh toán trực tuyến qua cổng thanh toán',
  bank_transfer: 'Chuyển khoản ngân hàng (VietQR)',
  counter: 'Tiền mặt tại Bộ phận Một cửa',
};

export function paymentReceiptPdf(receipt: PaymentReceipt, trackingUrl: string): Promise<Buffer> {
  return renderPdf(`Biên lai thu phí, lệ phí ${receipt.code}`, async (doc) => {
    await qrAtTopRight(doc, trackingUrl);
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - 84;
    doc.font(BOLD).text(receipt.unit.name.vi.toUpperCase(), { width });
    doc.font(REGULAR).text(`Hồ sơ: ${receipt.code}`, { width });
    doc.moveDown(2).font(BOLD).fontSize(12);
    doc.text('BIÊN LAI THU PHÍ, LỆ PHÍ', doc.page.margins.left, undefined, { align: 'center' });
    doc.fontSize(10).font(REGULAR).moveDown();
    line(doc, 'Người nộp', receipt.payer ?? '—');
    line(doc, 'Mã hồ sơ', receipt.code);
    line(doc, 'Thủ tục', `${receipt.procedure.name.vi} (${receipt.procedure.code})`);
    doc.font(BOLD).text('Các khoản phí, lệ phí:').font(REGULAR);
    for (const f of receipt.fees) doc.text(`${f.label.vi}: ${vnd(f.amount)}`, { indent: 12 });
    doc.font(BOLD).text('Đã nộp:').font(REGULAR);
    for (const p of receipt.payments) {
      const how = METHODS[p.method] ?? p.method;
      const trace = p.reference ? `, số tham chiếu ${p.reference}` : '';
      doc.text(`${p.at} — ${vnd(p.amount)} — ${how}${trace}`, { indent: 12 });
    }
    line(doc, 'Tổng số tiền đã nộp', vnd(receipt.paid));
    line(doc, 'Bằng chữ', receipt.paidInWords);
    doc.moveDown().fontSize(8).text(`Tra cứu tình trạng hồ sơ: ${trackingUrl}`);
  });
}
