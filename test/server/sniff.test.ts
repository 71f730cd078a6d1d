import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../server/attachments/sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffMediaType reads the type from the content', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n%âãÏÓ')],
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['image/gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['image/tiff', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])],
    ['image/vnd.dwg', bytes('AC1032', [0, 0, 0])],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'),
    ],
    [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes([0x50, 0x4b, 0x03, 0x04], '....xl/workbook.xml'),
    ],
    [
      'application/vnd.oasis.opendocument.text',
      bytes([0x50, 0x4b, 0x03, 0x04], '....mimetypeapplication/vnd.oasis.opendocument.text'),
    ],
    ['application/zip', bytes([0x50, 0x4b, 0x03, 0x04], 'plain.txt')],
  ])('%s', (type, content) => {
    expect(sniffMediaType(content)).toBe(type);
  });

  it('does not trust a name or label: a script renamed .pdf is not a PDF', () => {
    expect(sniffMediaType(bytes('<script>alert(1)</script>'))).toBeUndefined();
    expect(sniffMediaType(bytes('MZ', [0x90, 0]))).toBeUndefined();
  });

  it('needs the whole signature', () => {
    expect(sniffMediaType(bytes('%PD'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});
