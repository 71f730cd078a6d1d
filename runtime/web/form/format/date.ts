/**
 * Dates as Vietnamese people write them (dd/MM/yyyy) and as the form stores them (JSON Schema `format: date`,
 * yyyy-MM-dd). Typed text that is not yet a whole, real date is kept as typed, so that validation names it.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day, month, year with any of / - . or spaces between; or eight digits in a row (ddMMyyyy). */
const TYPED = /^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$/;
const PACKED = /^\s*(\d{2})(\d{2})(\d{4})\s*$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "15/3/2020", "15-03-2020", "15032020" → "2020-03-15"; undefined unless the text is a whole, real date. */
export function parseTypedDate(text: string): string | undefined {
  const m = TYPED.exec(text) ?? PACKED.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** "2020-03-15" → "15/03/2020"; any other value is shown as it is (a text the person typed and must fix). */
export function showDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = ISO.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

const maskDigits = (digits: string): string =>
  [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter((part) => part !== '').join('/');

/**
 * The text of a date field after a keystroke: digits typed (or pasted) at the end get their slashes put in as they
 * come ("1503" → "15/03"), as long as the field held only such digits before. Anything else — the person's own
 * separators, an edit in the middle, a deletion — is kept exactly as typed.
 */
export function maskDateTyping(text: string, previous: string): string {
  const added = text.startsWith(previous) ? text.slice(previous.length) : undefined;
  if (!added || !/^\d+$/.test(added)) return text;
  if (previous !== maskDigits(previous.replace(/\//g, ''))) return text;
  const digits = text.replace(/\//g, '');
  return digits.length > 8 ? text : maskDigits(digits);
}
