/**
 * One catalogue for every message of the engine, the server and the CLI: a stable key, the text in Vietnamese
 * (vi.ts, the product's first language) and English (en.ts). Texts use i18next's `{{name}}` interpolation, so the
 * web apps load the same catalogue as the i18next namespace `messages` and translate a code the server sent.
 */
import type { Localized } from '../problems.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

export { en as messagesEn, vi as messagesVi };
export type { Localized };

export type MessageKey = keyof typeof vi;

/** The `{{name}}` placeholders of a text, as a union of names. */
type Placeholders<Text extends string> = Text extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * What a placeholder takes: a text or a number shown as it is (numbers as digits, the same in both languages —
 * pass `formatNumber(n)` for grouped digits), or words already in both languages.
 */
export type MessageParam = string | number | Localized;

export type MessageParams<K extends MessageKey> = { [Name in Placeholders<(typeof vi)[K]>]: MessageParam };

/** The arguments after the key: none when the text has no placeholder, else a value for each one. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof vi)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** A placeholder as written, and its name: `split` with it cuts a text into its parts. */
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;

/**
 * A text cut at its placeholders: the literal before the first, then the placeholder as written, its name and the
 * literal after it, and so on.
 */
const cutAt = (text: string): string[] => text.split(PLACEHOLDER);

/**
 * The catalogue's texts cut once each (two per key at most). Messages are filled on every action (a task's notice
 * among them), and a regular expression's replace with a callback cost more than the rest of an action's
 * bookkeeping.
 */
const cut = new Map<string, string[]>();

function fill(text: string, language: keyof Localized, params: Record<string, MessageParam>): string {
  let parts = cut.get(text);
  if (parts === undefined) {
    parts = cutAt(text);
    cut.set(text, parts);
  }
  let filled = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const value = params[parts[i + 1]];
    if (value === undefined) filled += parts[i];
    else filled += typeof value === 'object' ? value[language] : String(value);
    filled += parts[i + 2];
  }
  return filled;
}

/** The message `key` in both languages, its placeholders filled. */
export function message<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Localized {
  // A text without placeholders (the engine's notices on every action among them) needs no scan.
  const params: Record<string, MessageParam> | undefined = args[0];
  if (params === undefined) return { vi: vi[key], en: en[key] };
  return { vi: fill(vi[key], 'vi', params), en: fill(en[key], 'en', params) };
}

/** The names of a text's placeholders, in order of first appearance (for the catalogue's test). */
export function placeholders(text: string): string[] {
  return [...new Set(cutAt(text).filter((_, i) => i % 3 === 2))];
}

/**
 * Texts joined by a separator, each in both languages or the same in both (a path, a code); the separator may differ
 * per language (", " / " hoặc " …).
 */
export function joinLocalized(
  list: readonly (Localized | string)[],
  separator: Localized | string,
): Localized {
  const join = (language: keyof Localized): string =>
    list
      .map((l) => (typeof l === 'string' ? l : l[language]))
      .join(typeof separator === 'string' ? separator : separator[language]);
  return { vi: join('vi'), en: join('en') };
}
