/**
 * The e-result the server generates when the issuing officer uploaded no file of their own: a one-page PDF in
 * Vietnamese naming the result, the dossier and the issuing unit, with the QR code of its public verification page.
 */
import { BOLD, REGULAR, qrAtTopRight, renderPdf, type Pdf } from './document.ts';

export interface ResultSheet {
  /** The result document's name (e.g. "Trích lục khai sinh"), else the procedure's. */
  title: string;
  procedure: { code: string; name: string };
  code: string;
  applicant: string | null;
  unit: string;
  /** "hh:mm dd/MM/yyyy". */
  issuedAt: string;
  issuedBy: string | null;
}

function line(doc: Pdf, label: string, value: string): void {
  doc.font(BOLD).text(`${label}: `, { continued: true }).font(REGULAR).text(value);
}

/** `verifyUrl`: the public page that tells a genuine copy of this file, which the QR code opens. */
export function resultPdf(sheet: ResultSheet, verifyUrl: string): Promise<Buffer> {
  return renderPdf(`${sheet.title} — ${sheet.code}`, async (doc) => {
    await qrAtTopRight(doc, verifyUrl);
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - 84;
    doc.font(BOLD).text(sheet.unit.toUpperCase(), { width });
    doc.font(REGULAR).text(`Số hồ sơ: ${sheet.code}`, { width });
    doc.moveDown(2).font(BOLD).fontSize(12);
    doc.text(sheet.title.toUpperCase(), doc.page.margins.left, undefined, { align: 'center' });
    doc.fontSize(10).font(REGULAR).moveDown();
    line(doc, 'Thủ tục', `${sheet.procedure.name} (${sheet.procedure.code})`);
    line(doc, 'Mã hồ sơ', sheet.code);
    line(doc, 'Người yêu cầu', sheet.applicant ?? '—');
    line(doc, 'Cơ quan ban hành', sheet.unit);
    line(doc, 'Thời gian ban hành', sheet.issuedAt);
    line(doc, 'Người ban hành', sheet.issuedBy ?? '—');
    doc
      .moveDown()
      .fontSize(8)
      .text(`Bản điện tử do hệ thống cấp. Kiểm tra bản này là thật tại: ${verifyUrl}`);
  });
}
