/** File names and labels: what is kept, what is sent back, and which claims contradict the content. */
import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition } from '../../server/attachments/file-name.ts';
import { contradiction, declaredType } from '../../server/attachments/labels.ts';

describe('file names', () => {
  it('keeps the last path segment, in NFC, without control or bidi characters', () => {
    expect(cleanFileName('C:\\fakepath\\Giấy khai sinh.pdf', 'x')).toBe('Giấy khai sinh.pdf');
    expect(cleanFileName('Gia\u0301y.pdf'.normalize('NFD'), 'x')).toBe('Giáy.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', 'x')).toBe('invoicefdp.exe');
    expect(cleanFileName('a\r\nb.pdf', 'x')).toBe('ab.pdf');
    expect(cleanFileName('..', 'tep.pdf')).toBe('tep.pdf');
    expect(cleanFileName(undefined, 'tep.pdf')).toBe('tep.pdf');
  });

  it('shortens long names to 200 characters, keeping the extension', () => {
    const name = cleanFileName(`${'đ'.repeat(300)}.pdf`, 'x');
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('đ.pdf')).toBe(true);
  });

  it('sends Vietnamese names as RFC 8187 UTF-8 with an ASCII fallback, always as a download', () => {
    expect(contentDisposition('Đơn đề nghị (bản 1).pdf')).toBe(
      'attachment; filename="Don de nghi (ban 1).pdf"; ' +
        "filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%201%29.pdf",
    );
    expect(contentDisposition('a"b\\c;.pdf')).toBe(
      `attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22b%5Cc%3B.pdf`,
    );
  });
});

describe('labels against content', () => {
  it('reads declared types without parameters, through aliases; generic labels claim nothing', () => {
    expect(declaredType('image/JPG; name=x')).toBe('image/jpeg');
    expect(declaredType('application/octet-stream')).toBeUndefined();
    expect(declaredType('text/plain')).toBeUndefined();
    expect(declaredType(undefined)).toBeUndefined();
  });

  it('finds the claim that contradicts the content', () => {
    expect(contradiction('image/png', { contentType: 'application/pdf', fileName: 'a.png' })).toEqual({
      declaredType: 'application/pdf',
    });
    expect(
      contradiction('application/pdf', { contentType: 'application/octet-stream', fileName: 'a.JPEG' }),
    ).toEqual({
      extension: 'jpeg',
    });
    expect(
      contradiction('application/pdf', { contentType: 'application/pdf', fileName: 'a.pdf' }),
    ).toBeUndefined();
    expect(
      contradiction('image/jpeg', { contentType: 'image/pjpeg', fileName: 'scan.jfif' }),
    ).toBeUndefined();
    // Unknown extensions claim nothing; office documents and ZIP agree with each other.
    expect(contradiction('application/pdf', { fileName: 'scan.ban-sao' })).toBeUndefined();
    expect(
      contradiction('application/zip', {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: 'don.docx',
      }),
    ).toBeUndefined();
  });
});
