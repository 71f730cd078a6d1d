/** Words the form messages are built from: JSON types and formats named for people, numbers and values shown. */
import type { Localized } from '../problems.ts';

/** Vietnamese after "phải …", English after "must be …". */
const TYPE_WORDS: Record<string, Localized> = {
  string: { vi: 'là văn bản', en: 'text' },
  number: { vi: 'là số', en: 'a number' },
  integer: { vi: 'là số nguyên', en: 'a whole number' },
  boolean: { vi: 'là giá trị có/không', en: 'yes or no' },
  object: { vi: 'là một nhóm thông tin', en: 'a group of fields' },
  array: { vi: 'là một danh sách', en: 'a list' },
  null: { vi: 'để trống', en: 'empty' },
};

/** The JSON types a `type` error names ("string", ["string", "null"] or ajv's "string,null"), in words. */
export function typeWords(type: unknown): Localized {
  const names = Array.isArray(type) ? type.map(String) : String(type).split(',');
  const words = names.map((n) => TYPE_WORDS[n] ?? { vi: `là kiểu “${n}”`, en: `of type “${n}”` });
  return { vi: words.map((w) => w.vi).join(' hoặc '), en: words.map((w) => w.en).join(' or ') };
}

/** The formats of ajv-formats, named as a person would: "phải là … hợp lệ" / "must be a valid …". */
const FORMAT_WORDS: Record<string, Localized> = {
  date: { vi: 'ngày', en: 'date' },
  time: { vi: 'giờ', en: 'time' },
  'date-time': { vi: 'ngày giờ', en: 'date and time' },
  'iso-time': { vi: 'giờ', en: 'time' },
  'iso-date-time': { vi: 'ngày giờ', en: 'date and time' },
  duration: { vi: 'khoảng thời gian', en: 'duration' },
  email: { vi: 'địa chỉ thư điện tử', en: 'email address' },
  'idn-email': { vi: 'địa chỉ thư điện tử', en: 'email address' },
  hostname: { vi: 'tên miền', en: 'host name' },
  'idn-hostname': { vi: 'tên miền', en: 'host name' },
  ipv4: { vi: 'địa chỉ IPv4', en: 'IPv4 address' },
  ipv6: { vi: 'địa chỉ IPv6', en: 'IPv6 address' },
  uri: { vi: 'địa chỉ URI', en: 'URI' },
  'uri-reference': { vi: 'tham chiếu URI', en: 'URI reference' },
  iri: { vi: 'địa chỉ IRI', en: 'IRI' },
  'iri-reference': { vi: 'tham chiếu IRI', en: 'IRI reference' },
  'uri-template': { vi: 'mẫu URI', en: 'URI template' },
  url: { vi: 'địa chỉ trang web', en: 'web address' },
  uuid: { vi: 'mã UUID', en: 'UUID' },
  regex: { vi: 'biểu thức chính quy', en: 'regular expression' },
  'json-pointer': { vi: 'con trỏ JSON', en: 'JSON pointer' },
  'json-pointer-uri-fragment': { vi: 'con trỏ JSON', en: 'JSON pointer' },
  'relative-json-pointer': { vi: 'con trỏ JSON tương đối', en: 'relative JSON pointer' },
  byte: { vi: 'dữ liệu mã hoá base64', en: 'base64 data' },
  int32: { vi: 'số nguyên 32 bit', en: '32-bit integer' },
  int64: { vi: 'số nguyên 64 bit', en: '64-bit integer' },
  float: { vi: 'số thực', en: 'decimal number' },
  double: { vi: 'số thực', en: 'decimal number' },
};

export function formatWords(format: string): Localized | undefined {
  return Object.hasOwn(FORMAT_WORDS, format) ? FORMAT_WORDS[format] : undefined;
}

/**
 * A number as each language writes it: 1.500.000,5 in Vietnamese, 1,500,000.5 in English. Written by hand so the
 * result does not depend on the locale data of the JavaScript engine.
 */
export function formatNumber(n: number): Localized {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return { vi: String(n), en: String(n) };
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const sign = n < 0 ? '-' : '';
  const group = (sep: string): string => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return {
    vi: sign + group('.') + (fraction ? ',' + fraction : ''),
    en: sign + group(',') + (fraction ? '.' + fraction : ''),
  };
}

const MAX_SHOWN = 60;

/** A data value quoted for a message: numbers localized, text in quotes, the rest as short JSON. */
export function showValue(value: unknown): Localized {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? { vi: 'có', en: 'yes' } : { vi: 'không', en: 'no' };
  if (value === null) return { vi: 'trống', en: 'empty' };
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
  return { vi: `“${short}”`, en: `“${short}”` };
}

/** A list of values for a message, cut after `max` with an ellipsis. */
export function showList(values: readonly unknown[], max = 10): Localized {
  const shown = values.slice(0, max).map(showValue);
  const more = values.length > max ? ', …' : '';
  return { vi: shown.map((v) => v.vi).join(', ') + more, en: shown.map((v) => v.en).join(', ') + more };
}
