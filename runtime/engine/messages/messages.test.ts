/**
 * The message catalogue (vi.ts, en.ts) and the web apps' words (runtime/web/i18n) are complete in both languages,
 * their Vietnamese has its marks, their placeholders agree, and each key is used somewhere in the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutDiacritics } from '../diacritics.ts';
import { en as webEn } from '../../web/i18n/en.ts';
import { vi as webVi } from '../../web/i18n/vi.ts';
import { joinLocalized, message, messagesEn, messagesVi, placeholders } from './index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CATALOGUE = relative(ROOT, dirname(fileURLToPath(import.meta.url)));

/** Every source file but tests, the catalogue itself and the web words: where a key must be named to be used. */
function sources(folders: readonly string[], skip: readonly string[]): string {
  return folders
    .flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .map((file) => join(folder, file))
        .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
        .filter((file) => !skip.some((s) => file.startsWith(s))),
    )
    .map((file) => readFileSync(join(ROOT, file), 'utf8'))
    .join('\n');
}

/** Whether the source names `key` as a string literal ('…', "…" or `…`). */
const names = (source: string, key: string): boolean =>
  source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``);

/**
 * Common Vietnamese words spelled without their marks: a text that has one lost its diacritics (some words have
 * none — "Song song", "Thanh tra", "ngay" — so a text without marks is not wrong by itself).
 */
const UNMARKED =
  /\b(khong|duoc|phai|buoc|truong|nguoi|thu tuc|ho so|don vi|tai khoan|mat khau|gio|cua|dang|tep|nop|chua|hop le|yeu cau|ket qua|le phi|xu ly|tiep nhan|bo sung|trang thai|lich|kich ban|quy tac|bieu mau)\b/i;

/**
 * Whether a Vietnamese text keeps its marks (quotes, placeholders and code-like words aside): none of its words is a
 * common word unmarked, and a sentence of three words or more has at least one mark.
 */
function hasMarks(text: string): boolean {
  const prose = text.replace(/\{\{\w+\}\}/g, ' ').replace(/“[^”]*”|"[^"]*"/g, ' ');
  const words = (prose.match(/\p{L}+/gu) ?? []).filter((w) => /^\p{Ll}+$/u.test(w.slice(1)));
  const unmarked = withoutDiacritics(prose) === prose;
  return !UNMARKED.test(prose) && !(unmarked && words.length >= 3);
}

type Tree = { [key: string]: string | Tree };
/** The leaves of a nested word list as dotted paths. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('the message catalogue', () => {
  const keys = Object.keys(messagesVi) as (keyof typeof messagesVi)[];

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(messagesEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(messagesVi[key].trim(), key).not.toBe('');
      expect(messagesEn[key].trim(), key).not.toBe('');
    }
  });

  it('writes Vietnamese with its diacritics', () => {
    expect(keys.filter((key) => !hasMarks(messagesVi[key]))).toEqual([]);
    // The check itself: a text without marks is caught, code-like words pass.
    expect(hasMarks('Khong duoc de trong')).toBe(false);
    expect(hasMarks('Ho so da het han')).toBe(false);
    expect(hasMarks('Không được để trống')).toBe(true);
    expect(hasMarks('“{{name}}” URI IPv4')).toBe(true);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const differ = keys.filter(
      (key) => placeholders(messagesVi[key]).sort().join() !== placeholders(messagesEn[key]).sort().join(),
    );
    expect(differ).toEqual([]);
  });

  it('uses every key somewhere in the engine, the server, the CLI or the apps', () => {
    const source = sources(['runtime', 'server', 'cli', 'designer', 'schemas', 'bin'], [CATALOGUE]);
    expect(keys.filter((key) => !names(source, key))).toEqual([]);
  });

  it('fills placeholders per language, from words in both languages or values shown as they are', () => {
    const at = message('interpreter.atStep', { node: 'n1' });
    expect(message('interpreter.actionNotAvailable', { action: 'accept', at })).toEqual({
      vi: 'Hành động "accept" không thực hiện được lúc này tại bước "n1": không có công việc nào đang mở cho hành động này.',
      en: 'Action "accept" is not available now at step "n1": no open task offers it.',
    });
    expect(joinLocalized([{ vi: 'một', en: 'one' }, '2'], message('forms.or'))).toEqual({
      vi: 'một hoặc 2',
      en: 'one or 2',
    });
  });

  it('fills a text anew each time, and keeps a placeholder given no value as it is written', () => {
    const label = { vi: 'Lệ phí', en: 'Charge' };
    expect(message('fees.feeInvalidAmount', { label, amount: '-1' }).en).toBe(
      messagesEn['fees.feeInvalidAmount'].replace('{{label}}', 'Charge').replace('{{amount}}', '-1'),
    );
    expect(message('fees.feeInvalidAmount', { label, amount: '1.5' }).vi).toBe(
      messagesVi['fees.feeInvalidAmount'].replace('{{label}}', 'Lệ phí').replace('{{amount}}', '1.5'),
    );
    // Callers are typed to give every value; one that comes without (JavaScript) leaves the gap visible.
    const untyped = message as (key: string, params: Record<string, string>) => { vi: string; en: string };
    expect(untyped('fees.feeInvalidAmount', { amount: '7' }).en).toBe(
      messagesEn['fees.feeInvalidAmount'].replace('{{amount}}', '7'),
    );
  });
});

/**
 * Web keys built at run time (`t(\`status.${status}\`)`) are found by the literal prefix of the template; the few
 * built otherwise are listed here, with where they are built.
 */
const WEB_DYNAMIC_PREFIXES: readonly string[] = [];

describe("the web apps' words (runtime/web/i18n)", () => {
  const vi = flatten(webVi as unknown as Tree);
  const en = flatten(webEn as unknown as Tree);

  it('has every key in both languages', () => {
    expect([...en.keys()].filter((k) => !vi.has(k))).toEqual([]);
    expect([...vi.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const differ = [...vi.keys()].filter(
      (k) => en.has(k) && placeholders(vi.get(k)!).sort().join() !== placeholders(en.get(k)!).sort().join(),
    );
    expect(differ).toEqual([]);
  });

  it('uses every key in the apps', () => {
    const source = sources(['runtime/web', 'designer'], ['runtime/web/i18n']);
    // `prefix.${…}` in a template literal: every key under the prefix may be asked for.
    const dynamic = [...WEB_DYNAMIC_PREFIXES, ...[...source.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1])];
    const unused = [...vi.keys()].filter((full) => {
      // Without its namespace (the first part) and its plural suffix.
      const key = full.slice(full.indexOf('.') + 1).replace(/_(zero|one|two|few|many|other)$/, '');
      return !names(source, key) && !dynamic.some((p) => key.startsWith(p));
    });
    expect(unused).toEqual([]);
  });
});
