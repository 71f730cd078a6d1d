/** File names as citizens give them (Vietnamese, any OS) and as they are sent back in Content-Disposition. */

const MAX_LENGTH = 200;

/**
 * The name to keep: the last path segment (some browsers send `C:\fakepath\…`), NFC (macOS sends NFD), without
 * control or bidi-override characters (they can disguise an extension), at most 200 characters.
 */
export function cleanFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
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
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_');
}

/** RFC 8187 value characters: everything else is percent-encoded from UTF-8. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): always a download, never shown inline. */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
