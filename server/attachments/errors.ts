/**
 * Refusals of uploads and downloads: ServiceErrors with the statuses only files have (413 too large, 415 wrong
 * type) besides the usual ones.
 */
import { serviceError, type ServiceError } from '../errors.ts';
import { formatNumber } from '../../runtime/engine/index.ts';
import { joinLocalized, message, type Localized } from '../../runtime/engine/messages/index.ts';

const MB = 1024 * 1024;

/** Sizes as people read them: "10 MB", "2,5 MB" in Vietnamese. */
function megabytes(bytes: number): Localized {
  return joinLocalized([formatNumber(Math.round((bytes / MB) * 10) / 10), 'MB'], ' ');
}

export function tooLarge(maxBytes: number, componentId: string): ServiceError {
  const max = megabytes(maxBytes);
  return serviceError(
    'ATTACHMENT_TOO_LARGE',
    413,
    message('attachments.attachmentTooLarge', { max, componentId }),
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
        message('attachments.attachmentTypeNotAccepted', { componentId, list }),
        { path: '/file', details: { sniffedType: null, acceptedTypes: accepted } },
      )
    : serviceError(
        'ATTACHMENT_TYPE_NOT_ACCEPTED',
        415,
        message('attachments.attachmentTypeNotAcceptedForComponent', { sniffed, componentId, list }),
        { path: '/file', details: { sniffedType: sniffed, acceptedTypes: accepted } },
      );
}

export function mislabelled(sniffed: string, label: { declaredType?: string; extension?: string }) {
  const claim = label.declaredType ?? `.${label.extension}`;
  return serviceError(
    'ATTACHMENT_MISLABELLED',
    415,
    message('attachments.attachmentMislabelled', { claim, sniffed }),
    { path: '/file', details: { sniffedType: sniffed, ...label } },
  );
}

export function emptyFile(): ServiceError {
  return serviceError('ATTACHMENT_EMPTY', 422, message('attachments.attachmentEmpty'), {
    path: '/file',
  });
}

export function attachmentNotFound(id: unknown): ServiceError {
  return serviceError(
    'ATTACHMENT_NOT_FOUND',
    404,
    message('attachments.attachmentNotFound', { id: String(id) }),
    { path: '/id' },
  );
}
