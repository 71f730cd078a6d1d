/** How the diagram names roles and units in the language on screen (the process tab and the simulation share it). */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ROLES } from '../../runtime/engine/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { unitsQuery } from '../../runtime/web/shell/units.ts';
import { useDraft } from '../draft/hooks.ts';
import type { Names } from './flow.ts';

export function useNames(): Names {
  const language = useLanguage();
  const units = useQuery(unitsQuery);
  const defaultUnit = useDraft((s) => s.definition.unit);
  return useMemo(() => {
    const names = new Map(units.data?.items.map((u) => [u.code, u.name[language]]));
    return {
      language,
      role: (code) =>
        (ROLES as Record<string, { vi: string; en: string } | undefined>)[code]?.[language] ?? code,
      unit: (code) => names.get(code) ?? code,
      defaultUnit,
    };
  }, [language, units.data, defaultUnit]);
}
