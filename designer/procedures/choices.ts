/** The choices a clerk picks from when naming a procedure's sector, unit and level, searched without diacritics. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../runtime/engine/index.ts';
import { vi } from '../../runtime/web/i18n/vi.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { unitsQuery } from '../../runtime/web/shell/units.ts';

/** The sectors the product has words for, and those procedures already use. */
export function useSectorOptions(inUse: readonly string[] = []) {
  const { t } = useTranslation('portal');
  const codes = [...new Set([...Object.keys(vi.portal.sectors), ...inUse])];
  return codes.map((code) => ({ value: code, label: t(`sectors.${code}`, { defaultValue: code }) }));
}

/** The units in force (a merged unit takes no new procedures), by name. */
export function useUnitOptions() {
  const language = useLanguage();
  const units = useQuery(unitsQuery);
  return (units.data?.items ?? [])
    .filter((unit) => unit.merger === null)
    .map((unit) => ({ value: unit.code, label: `${unit.name[language]} (${unit.code})` }));
}

export function useLevelOptions() {
  const { t } = useTranslation('portal');
  return LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }));
}
