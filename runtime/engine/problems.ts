/** Every message the product shows comes in Vietnamese first, English second. */
export interface Localized {
  vi: string;
  en: string;
}

export type Severity = 'error' | 'warning';

/** A problem found in a definition: stable code, JSON pointer to the place, message in both languages. */
export interface Problem {
  severity: Severity;
  code: string;
  path: string;
  message: Localized;
}

export function problem(
  code: string,
  path: string,
  message: Localized,
  severity: Severity = 'error',
): Problem {
  return { severity, code, path, message };
}

/** Builds a JSON pointer (RFC 6901) from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
