/**
 * Refusals of uploads and downloads. Same shape as the services' ServiceError (code, message {vi, en},
 * httpStatus, path?, details?), so http/errors.ts answers them alike, but with the statuses only files have
 * (413 too large, 415 wrong type), which ServiceError's status type does not include.
 */
import type { Localized } from '../../runtime/engine/index.ts';

export type AttachmentStatus = 400 | 403 | 404 | 409 | 413 | 415 | 422;

export class AttachmentError extends Error {
  readonly localized: Localized;

  constructor(
    readonly code: string,
    message: Localized,
    readonly httpStatus: AttachmentStatus,
    readonly path?: string,
    readonly details?: unknown,
  ) {
    super(message.en);
    this.name = 'AttachmentError';
    this.localized = message;
  }
}

export function attachmentError(
  code: string,
  httpStatus: AttachmentStatus,
  vi: string,
  en: string,
  extra: { path?: string; details?: unknown } = {},
): AttachmentError {
  return new AttachmentError(code, { vi, en }, httpStatus, extra.path, extra.details);
}

const MB = 1024 * 1024;

/** Sizes as people read them: "10 MB", "2,5 MB" in Vietnamese. */
function megabytes(bytes: number): { vi: string; en: string } {
  const n = Math.round((bytes / MB) * 10) / 10;
  return { vi: `${String(n).replace('.', ',')} MB`, en: `${n} MB` };
}

export function tooLarge(maxBytes: number, componentId: string): AttachmentError {
  const max = megabytes(maxBytes);
  return attachmentError(
    'ATTACHMENT_TOO_LARGE',
    413,
    `Tệp vượt quá dung lượng tối đa ${max.vi} của thành phần hồ sơ "${componentId}".`,
    `The file is larger than the ${max.en} allowed for component "${componentId}".`,
    { path: '/file', details: { maxBytes, componentId } },
  );
}

export function typeNotAccepted(
  sniffed: string | undefined,
  accepted: string[],
  componentId: string,
): AttachmentError {
  const list = accepted.join(', ');
  return sniffed === undefined
    ? attachmentError(
        'ATTACHMENT_TYPE_NOT_ACCEPTED',
        415,
        `Không nhận dạng được loại tệp từ nội dung; thành phần "${componentId}" chỉ nhận: ${list}.`,
        `The file's type could not be recognised from its content; component "${componentId}" accepts: ${list}.`,
        { path: '/file', details: { sniffedType: null, acceptedTypes: accepted } },
      )
    : attachmentError(
        'ATTACHMENT_TYPE_NOT_ACCEPTED',
        415,
        `Tệp có nội dung loại ${sniffed}, không được nhận cho thành phần "${componentId}" (chỉ nhận: ${list}).`,
        `The file's content is ${sniffed}, which component "${componentId}" does not accept (accepted: ${list}).`,
        { path: '/file', details: { sniffedType: sniffed, acceptedTypes: accepted } },
      );
}

export function mislabelled(sniffed: string, label: { declaredType?: string; extension?: string }) {
  const claim = label.declaredType ?? `.${label.extension}`;
  return attachmentError(
    'ATTACHMENT_MISLABELLED',
    415,
    `Tệp được ghi là ${claim} nhưng nội dung là ${sniffed}; hãy gửi đúng tệp hoặc sửa tên, loại tệp.`,
    `The file is labelled ${claim} but its content is ${sniffed}; send the right file or fix its name or type.`,
    { path: '/file', details: { sniffedType: sniffed, ...label } },
  );
}

export function emptyFile(): AttachmentError {
  return attachmentError('ATTACHMENT_EMPTY', 422, 'Tệp đính kèm trống.', 'The attached file is empty.', {
    path: '/file',
  });
}

export function attachmentNotFound(id: unknown): AttachmentError {
  return attachmentError(
    'ATTACHMENT_NOT_FOUND',
    404,
    `Không tìm thấy tệp đính kèm "${String(id)}".`,
    `Attachment "${String(id)}" was not found.`,
    { path: '/id' },
  );
}
