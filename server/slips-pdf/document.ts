/** A slip as PDF (A5, DejaVu for Vietnamese diacritics), collected into one buffer. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const REGULAR = join(fonts, 'DejaVuSans.ttf');
export const BOLD = join(fonts, 'DejaVuSans-Bold.ttf');

export type Pdf = PDFKit.PDFDocument;

/** Draws the slip on a fresh A5 page and answers the finished file. */
export async function renderPdf(title: string, draw: (doc: Pdf) => Promise<void> | void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', margin: 36, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(REGULAR).fontSize(10);
  await draw(doc);
  doc.end();
  return done;
}

/** A QR code image of `url`, `size` points wide, at the top right of the page. */
export async function qrAtTopRight(doc: Pdf, url: string, size = 72): Promise<void> {
  const png = await QRCode.toBuffer(url, { margin: 1, width: size * 4 });
  doc.image(png, doc.page.width - doc.page.margins.right - size, doc.page.margins.top, { width: size });
}

export const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đồng`;

/** "Label: value", the label in bold, as the slips' fields are written. */
export function line(doc: Pdf, label: string, value: string): void {
  doc.font(BOLD).text(`${label}: `, { continued: true }).font(REGULAR).text(value);
}
