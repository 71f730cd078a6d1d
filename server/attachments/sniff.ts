/**
 * The media type of an upload, read from its first bytes — never from its name or the browser's label,
 * which a citizen's file manager (or an attacker) sets at will. The file-type package reads the signatures
 * (office documents by their zip entries and [Content_Types].xml); the types a dossier may hold are ours.
 */
import { fileTypeFromBuffer } from 'file-type';

export const SNIFFED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/vnd.dwg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/zip',
] as const;

export type SniffedType = (typeof SNIFFED_TYPES)[number];

const isSniffedType = (mime: string): mime is SniffedType =>
  (SNIFFED_TYPES as readonly string[]).includes(mime);

/** The type of the content that starts with `bytes`, if it is one a dossier may hold. */
export async function sniffMediaType(bytes: Uint8Array): Promise<SniffedType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  return found && isSniffedType(found.mime) ? found.mime : undefined;
}
