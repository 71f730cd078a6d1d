/** Form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as PDF, in Vietnamese, with the tracking QR code. */
import type { ReceiptSlip } from '../services/index.ts';
import { BOLD, REGULAR, line, qrAtTopRight, renderPdf, vnd } from './document.ts';

const UNITS: Record<string, string> = {
  working_days: 'ngày làm việc',
  working_half_days: 'buổi làm việc',
  working_hours: 'giờ làm việc',
  days: 'ngày',
};

/** `trackingUrl`: the public tracking page of the dossier, which the QR code opens. */
export function receiptPdf(slip: ReceiptSlip, trackingUrl: string): Promise<Buffer> {
  return renderPdf(`Giấy tiếp nhận hồ sơ ${slip.code}`, async (doc) => {
    await qrAtTopRight(doc, trackingUrl);
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - 84;
    doc.font(BOLD).text(slip.unit.name.vi.toUpperCase(), { width });
    doc.font(REGULAR).text(`Số: ${slip.code}`, { width });
    doc.moveDown(2).font(BOLD).fontSize(12);
    doc.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', doc.page.margins.left, undefined, {
      align: 'center',
    });
    doc.fontSize(10).font(REGULAR).moveDown();
    line(doc, 'Mã hồ sơ', slip.code);
    line(doc, 'Cơ quan tiếp nhận', slip.unit.name.vi);
    line(doc, 'Tiếp nhận hồ sơ của', slip.applicant.name ?? '—');
    line(doc, 'Địa chỉ', slip.applicant.address ?? '—');
    line(doc, 'Số điện thoại', slip.applicant.phone ?? '—');
    line(doc, 'Thư điện tử', slip.applicant.email ?? '—');
    line(doc, 'Nội dung yêu cầu giải quyết', `${slip.procedure.name.vi} (${slip.procedure.code})`);
    doc.font(BOLD).text('Thành phần hồ sơ:').font(REGULAR);
    slip.components.forEach((c, i) =>
      doc.text(`${i + 1}. ${c.name.vi} — bản chính: ${c.original}, bản sao: ${c.copy}`, { indent: 12 }),
    );
    const time = slip.processingTime;
    line(doc, 'Thời gian giải quyết', time ? `${time.value} ${UNITS[time.unit] ?? time.unit}` : '—');
    line(doc, 'Thời gian nhận hồ sơ', slip.receivedAt);
    line(doc, 'Thời gian trả kết quả', slip.appointmentAt ?? 'Chưa hẹn (hồ sơ chờ tiếp nhận)');
    line(doc, 'Nơi nhận kết quả', slip.unit.name.vi);
    doc.font(BOLD).text('Phí, lệ phí:').font(REGULAR);
    for (const f of slip.fees) doc.text(`${f.label.vi}: ${vnd(f.amount)}`, { indent: 12 });
    line(doc, 'Tổng cộng', vnd(slip.feeTotal));
    line(doc, 'Người tiếp nhận', slip.officer ?? '—');
    doc.moveDown().fontSize(8).text(`Tra cứu tình trạng hồ sơ: ${trackingUrl}`);
  });
}
