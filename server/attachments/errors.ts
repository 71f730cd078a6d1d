/**
 * Refusals of uploads and downloads: ServiceErrors with the statuses only files have (413 too large, 415 wrong
 * type) besides the usual ones.
 */
import { serviceError, type ServiceError } from '../errors.ts';

const MB = 1024 * 1024;

/** Sizes as people read them: "10 MB", "2,5 MB" in Vietnamese. */
function megabytes(bytes: number): { vi: string; en: string } {
  const n = Math.round((bytes / MB) * 10) / 10;
  return { vi: `${String(n).replace('.', ',')} MB`, en: `${n} MB` };
}

export function tooLarge(maxBytes: number, componentId: string): ServiceError {
  const max = megabytes(maxBytes);
  return serviceError(
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
): ServiceError {
  const list = accepted.join(', ');
  return sniffed === undefined
    ? serviceError(
        'ATTACHMENT_TYPE_NOT_ACCEPTED',
        415,
        `Không nhận dạng được loại tệp từ nội dung; thành phần "${componentId}" chỉ nhận: ${list}.`,
        `The file's type could not be recognised from its content; component "${componentId}" accepts: ${list}.`,
        { path: '/file', details: { sniffedType: null, acceptedTypes: accepted } },
      )
    : serviceError(
        'ATTACHMENT_TYPE_NOT_ACCEPTED',
        415,
        `Tệp có nội dung loại ${sniffed}, không được nhận cho thành phần "${componentId}" (chỉ nhận: ${list}).`,
        `The file's content is ${sniffed}, which component "${componentId}" does not accept (accepted: ${list}).`,
        { path: '/file', details: { sniffedType: sniffed, acceptedTypes: accepted } },
      );
}

export function mislabelled(sniffed: string, label: { declaredType?: string; extension?: string }) {
  const claim = label.declaredType ?? `.${label.extension}`;
  return serviceError(
    'ATTACHMENT_MISLABELLED',
    415,
    `Tệp được ghi là ${claim} nhưng nội dung là ${sniffed}; hãy gửi đúng tệp hoặc sửa tên, loại tệp.`,
    `The file is labelled ${claim} but its content is ${sniffed}; send the right file or fix its name or type.`,
    { path: '/file', details: { sniffedType: sniffed, ...label } },
  );
}

export function emptyFile(): ServiceError {
  return serviceError('ATTACHMENT_EMPTY', 422, 'Tệp đính kèm trống.', 'The attached file is empty.', {
    path: '/file',
  });
}

export function attachmentNotFound(id: unknown): ServiceError {
  return serviceError(
    'ATTACHMENT_NOT_FOUND',
    404,
    `Không tìm thấy tệp đính kèm "${String(id)}".`,
    `Attachment "${String(id)}" was not found.`,
    { path: '/id' },
  );
}
