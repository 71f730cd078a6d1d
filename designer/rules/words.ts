/** How the rule editors name things on screen: fields with their sections and type, operators, reasons. */
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../schemas/procedure.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { RawReason } from './model/condition.ts';
import type { RuleFieldInfo, RuleFieldType } from './model/fields.ts';
import type { RuleOperator } from './model/operators.ts';

/** The words of the `rules` namespace and the language on screen. */
export function useRuleWords() {
  const { t } = useTranslation('rules');
  const language = useLanguage();
  const pick = (text: Localized) => text[language];
  return { t, language, pick };
}

export type RuleWords = ReturnType<typeof useRuleWords>;

/** "Ngày sinh · Người được khai sinh": the field, then where it sits. */
export function fieldName(field: RuleFieldInfo, words: RuleWords): string {
  const where = field.within.map(words.pick).join(' › ');
  return where === '' ? words.pick(field.label) : `${words.pick(field.label)} · ${where}`;
}

const KEYS: Record<string, string> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
/** Types whose operators read differently ("trước ngày" for a date's "<"). */
const OWN_WORDS: Partial<Record<RuleFieldType, readonly string[]>> = {
  date: ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'notBetween'],
  text: ['eq', 'ne'],
  choice: ['eq', 'ne'],
};

export function operatorName(type: RuleFieldType, operator: RuleOperator, { t }: RuleWords): string {
  const key = KEYS[operator] ?? operator;
  const own = OWN_WORDS[type]?.includes(key);
  return own ? t(`operators.${type}.${key}` as 'operators.eq') : t(`operators.${key}` as 'operators.eq');
}

/** Why a rule opens in the raw view, naming the field as the builder would. */
export function reasonText(reason: RawReason, fields: readonly RuleFieldInfo[], words: RuleWords): string {
  const { t } = words;
  if (reason.code === 'constant' || reason.code === 'exact') return t(`reason.${reason.code}`);
  if (reason.code === 'operator') return t('reason.operator', { operator: reason.operator });
  const field = fields.find((f) => f.path === reason.field);
  return t(`reason.${reason.code}`, { field: field ? fieldName(field, words) : reason.field });
}
