/** Units by their names: a procedure or a dossier carries a unit's code, people read its name. */
import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/client.ts';
import { useLanguage } from './language.ts';

/** The unit tree changes seldom: fetched once per visit. */
export const unitsQuery = { ...trpc.units.list.queryOptions({}), staleTime: Infinity };

/** The name of a unit in the language on screen; its code until the unit tree has arrived, or if it is unknown. */
export function useUnitName(): (code: string) => string {
  const language = useLanguage();
  const units = useQuery(unitsQuery);
  const names = new Map(units.data?.items.map((unit) => [unit.code, unit.name[language]]));
  return (code) => names.get(code) ?? code;
}
