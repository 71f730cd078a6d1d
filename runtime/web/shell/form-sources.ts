/**
 * The data sources a procedure's form reads, for the citizen's form and the designer's preview alike: provinces and
 * their communes from the unit list (the address picker), the dossier's documents from the definition's components.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Component } from '../../../schemas/procedure.ts';
import type { Localized } from '../../engine/index.ts';
import type { DataSource, SourceOption } from '../form/index.ts';
import { unitsQuery } from './units.ts';

export interface UnitEntry {
  code: string;
  parentCode: string | null;
  name: Localized;
}

/** Provinces are the units without a parent in the list; a province's communes are the units under it. */
export function formSources(
  units: readonly UnitEntry[],
  components: readonly Component[],
): Record<string, DataSource> {
  const option = (u: UnitEntry): SourceOption => ({ value: u.code, label: u.name });
  const known = new Set(units.map((u) => u.code));
  return {
    provinces: () => units.filter((u) => u.parentCode === null || !known.has(u.parentCode)).map(option),
    communes: (province) => units.filter((u) => u.parentCode === province).map(option),
    components: () => components.map((c) => ({ value: c.id, label: c.name })),
  };
}

/** A form's data sources on screen: the unit list fetched once per visit, the components of the procedure. */
export function useFormSources(components: readonly Component[] | undefined): Record<string, DataSource> {
  const units = useQuery(unitsQuery);
  return useMemo(() => formSources(units.data?.items ?? [], components ?? []), [units.data, components]);
}
