import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../server/attachments/sniff.ts';
import { SAMPLES } from '../support/uploads.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A zip archive of the given entries, stored (not compressed): local headers, central directory, end record. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const fileName = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // size
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The [Content_Types].xml of an Office Open XML package whose main part is `mainType`. */
const contentTypes = (part: string, mainType: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${mainType}"/>` +
  '</Types>';

const DOCX = zip({
  '[Content_Types].xml': contentTypes('word/document.xml', 'wordprocessingml.document.main+xml'),
  'word/document.xml': '<w:document/>',
});
const XLSX = zip({
  '[Content_Types].xml': contentTypes('xl/workbook.xml', 'spreadsheetml.sheet.main+xml'),
  'xl/workbook.xml': '<workbook/>',
});

describe('sniffMediaType reads the type from the content', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n%âãÏÓ')],
    ['image/png', SAMPLES.png],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['image/gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    // Little-endian, its first directory at byte 8, holding one entry (width: 1).
    [
      'image/tiff',
      bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 0], [0, 1, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0], [0, 0, 0, 0]),
    ],
    ['image/vnd.dwg', bytes('AC1032', [0, 0, 0])],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', DOCX],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', XLSX],
    [
      'application/vnd.oasis.opendocument.text',
      zip({
        mimetype: 'application/vnd.oasis.opendocument.text',
        'content.xml': '<office:document-content/>',
      }),
    ],
    ['application/zip', zip({ 'plain.txt': 'word/ and xl/ in a text file do not make an office document' })],
  ])('%s', async (type, content) => {
    expect(await sniffMediaType(content)).toBe(type);
  });

  it('reads an office document from its zip entries, not from a name found in its first bytes', async () => {
    expect(await sniffMediaType(bytes([0x50, 0x4b, 0x03, 0x04], '....word/document.xml'))).not.toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await sniffMediaType(zip({ 'word/document.xml': '<w:document/>' }))).toBe('application/zip');
  });

  it('gives no type for content outside the allow-list, even one file-type knows', async () => {
    expect(await sniffMediaType(bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
  });

  it('does not trust a name or label: a script renamed .pdf is not a PDF', async () => {
    expect(await sniffMediaType(bytes('<script>alert(1)</script>'))).toBeUndefined();
    expect(await sniffMediaType(bytes('MZ', [0x90, 0]))).toBeUndefined();
  });

  it('needs the whole signature', async () => {
    expect(await sniffMediaType(bytes('%PD'))).toBeUndefined();
    expect(await sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});
