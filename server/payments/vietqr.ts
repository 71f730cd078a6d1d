/**
 * The VietQR code of a fee (NAPAS's bank-transfer QR on EMVCo, which every Vietnamese banking app reads): the
 * province's collecting account, the amount, and the dossier code as the transfer's content, so that the bank's
 * notification names the dossier it pays. Encoded by vietnam-qr-pay.
 */
import { QRPay } from 'vietnam-qr-pay';
import { withoutDiacritics } from '../../runtime/engine/index.ts';

export interface CollectingAccount {
  /** The bank's NAPAS BIN (6 digits), e.g. 970415 for VietinBank. */
  bankBin: string;
  account: string;
  /** The account holder's name, as the banking app shows it before the transfer. */
  holder: string;
}

/** Transfer contents are read by banks as plain ASCII letters, digits, spaces and a few signs. */
export function transferContent(dossierCode: string): string {
  return `MC ${withoutDiacritics(dossierCode)}`.replace(/[^A-Za-z0-9 .-]/g, '');
}

/** The dossier code a transfer's content names, as transferContent wrote it; undefined when it names none. */
export function transferDossierCode(content: string): string | undefined {
  return /^MC ([A-Za-z0-9.-]+)$/.exec(content.trim())?.[1];
}

/** The QR payload (text to draw as a QR code) for paying `amount` đồng of the dossier's fees. */
export function vietQrPayload(to: CollectingAccount, amount: number, dossierCode: string): string {
  if (!/^\d{6}$/.test(to.bankBin)) throw new RangeError(`bank BIN must be 6 digits: ${to.bankBin}`);
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`amount must be whole đồng: ${amount}`);
  return QRPay.initVietQR({
    bankBin: to.bankBin,
    bankNumber: to.account,
    amount: String(amount),
    purpose: transferContent(dossierCode),
  }).build();
}

/** What a VietQR payload says, or undefined when it is not one (a damaged code fails its CRC). */
export function readVietQr(payload: string) {
  const qr = new QRPay(payload);
  if (!qr.isValid) return undefined;
  return {
    bankBin: qr.consumer.bankBin,
    account: qr.consumer.bankNumber,
    amount: Number(qr.amount),
    content: qr.additionalData.purpose,
  };
}
