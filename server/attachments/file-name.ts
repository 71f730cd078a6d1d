/** File names as citizens give them (Vietnamese, any OS) and as they are sent back in Content-Disposition. */
import { withoutDiacritics } from '../../runtime/engine/index.ts';

const MAX_LENGTH = 200;

/**
 * The name to keep: the last path segment (some browsers send `C:\fakepath\…`), NFC (macOS sends NFD), without
 * control or bidi-override characters (they can disguise an extension), at most 200 characters.
 */
/** Control characters and the marks that reorder text (LRM, RLM, embeddings, overrides, isolates). */
function hidden(code: number): boolean {
  return (
    code < 0x20 ||
    code === 0x7f ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export function cleanFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    .split('')
    .filter((ch) => !hidden(ch.charCodeAt(0)))
    .join('')
    .trim();
  if (clean === '' || clean === '.' || clean === '..') return fallback;
  if (clean.length <= MAX_LENGTH) return clean;
  // Keep the extension when shortening.
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 11 ? clean.slice(dot) : '';
  return [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_LENGTH - ext.length).join('') + ext;
}

/** An ASCII stand-in for clients that do not read `filename*`: "Giấy khai sinh.pdf" → "Giay khai sinh.pdf". */
function asciiFallback(name: string): string {
  return withoutDiacritics(name).replace(/[^A-Za-z0-9 ._()-]/g, '_');
}

/** RFC 8187 value characters: everything else is percent-encoded from UTF-8. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): always a download, never shown inline. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
