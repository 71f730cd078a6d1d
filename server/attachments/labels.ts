/**
 * What an upload claims to be — the browser's Content-Type and the file name's extension — checked against what
 * its content is. A claim is only a claim: the stored type is always the sniffed one; a claim that contradicts
 * the content means the citizen picked the wrong file (or someone disguised one), and is refused.
 */
import type { SniffedType } from './sniff.ts';

const ZIP_FAMILY = new Set<string>([
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
]);

/** Extensions and the type they claim; unlisted extensions claim nothing. */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  dwg: 'image/vnd.dwg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  txt: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  svg: 'image/svg+xml',
  js: 'text/javascript',
  sh: 'application/x-sh',
  exe: 'application/vnd.microsoft.portable-executable',
};

/** Other names browsers and office suites use for the same types. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
  'application/acrobat': 'application/pdf',
  'image/x-tiff': 'image/tiff',
  'application/acad': 'image/vnd.dwg',
  'application/x-acad': 'image/vnd.dwg',
  'application/dwg': 'image/vnd.dwg',
  'application/x-dwg': 'image/vnd.dwg',
  'image/x-dwg': 'image/vnd.dwg',
  'image/vnd.dwg': 'image/vnd.dwg',
  'application/x-zip-compressed': 'application/zip',
  'application/x-msdownload': 'application/vnd.microsoft.portable-executable',
};

/**
 * Labels that say "some bytes", not a type. text/plain is among them: the multipart parser reports it for a part
 * sent without a Content-Type (the RFC 7578 default), which many HTTP libraries do for files.
 */
const NO_CLAIM = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'text/plain',
]);

export function declaredType(contentType: string | undefined): string | undefined {
  const bare = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (NO_CLAIM.has(bare)) return undefined;
  return ALIASES[bare] ?? bare;
}

export function extensionOf(fileName: string): string | undefined {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? match[1].toLowerCase() : undefined;
}

/** Office documents are ZIP files whose kind the first bytes do not always tell: the family agrees with itself. */
function agrees(claimed: string, sniffed: SniffedType): boolean {
  return claimed === sniffed || (ZIP_FAMILY.has(claimed) && ZIP_FAMILY.has(sniffed));
}

/** The claim that contradicts the content, if any. */
export function contradiction(
  sniffed: SniffedType,
  label: { contentType?: string; fileName: string },
): { declaredType?: string; extension?: string } | undefined {
  const declared = declaredType(label.contentType);
  if (declared !== undefined && !agrees(declared, sniffed)) return { declaredType: declared };
  const extension = extensionOf(label.fileName);
  const claimed = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (claimed !== undefined && !agrees(claimed, sniffed)) return { extension };
  return undefined;
}
