/** Words the form messages are built from: JSON types and formats named for people, numbers and values shown. */
import type { Localized } from '../problems.ts';
import { joinLocalized, message } from '../messages/index.ts';

/** Vietnamese after "phải …", English after "must be …". */
const TYPE_WORDS: Record<string, Localized> = {
  string: message('forms.typeString'),
  number: message('forms.typeNumber'),
  integer: message('forms.typeInteger'),
  boolean: message('forms.typeBoolean'),
  object: message('forms.typeObject'),
  array: message('forms.typeArray'),
  null: message('forms.typeNull'),
};

/** The JSON types a `type` error names ("string", ["string", "null"] or ajv's "string,null"), in words. */
export function typeWords(type: unknown): Localized {
  const names = Array.isArray(type) ? type.map(String) : String(type).split(',');
  const words = names.map((n) => TYPE_WORDS[n] ?? message('forms.typeOther', { n }));
  return joinLocalized(words, message('forms.or'));
}

/** The formats of ajv-formats, named as a person would: "phải là … hợp lệ" / "must be a valid …". */
const FORMAT_WORDS: Record<string, Localized> = {
  date: message('forms.formatDate'),
  time: message('forms.formatTime'),
  'date-time': message('forms.formatDateTime'),
  'iso-time': message('forms.formatTime'),
  'iso-date-time': message('forms.formatDateTime'),
  duration: message('forms.formatDuration'),
  email: message('forms.formatEmail'),
  'idn-email': message('forms.formatEmail'),
  hostname: message('forms.formatHostname'),
  'idn-hostname': message('forms.formatHostname'),
  ipv4: message('forms.formatIpv4'),
  ipv6: message('forms.formatIpv6'),
  uri: message('forms.formatUri'),
  'uri-reference': message('forms.formatUriReference'),
  iri: message('forms.formatIri'),
  'iri-reference': message('forms.formatIriReference'),
  'uri-template': message('forms.formatUriTemplate'),
  url: message('forms.formatUrl'),
  uuid: message('forms.formatUuid'),
  regex: message('forms.formatRegex'),
  'json-pointer': message('forms.formatJsonPointer'),
  'json-pointer-uri-fragment': message('forms.formatJsonPointer'),
  'relative-json-pointer': message('forms.formatRelativeJsonPointer'),
  byte: message('forms.formatByte'),
  int32: message('forms.formatInt32'),
  int64: message('forms.formatInt64'),
  float: message('forms.formatFloat'),
  double: message('forms.formatFloat'),
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
  if (typeof value === 'boolean') return value ? message('forms.yes') : message('forms.no');
  if (value === null) return message('forms.empty');
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + '…' : text;
  return { vi: `“${short}”`, en: `“${short}”` };
}

/** A list of values for a message, cut after `max` with an ellipsis. */
export function showList(values: readonly unknown[], max = 10): Localized {
  const shown = values.slice(0, max).map(showValue);
  return joinLocalized(values.length > max ? [...shown, '…'] : shown, ', ');
}
