/**
 * The data sources a procedure's form reads, for the citizen's form and the designer's preview alike: provinces and
 * their communes from the unit list (the address picker), the dossier's documents from the definition's components.
 */
import type { Component } from '../../../schemas/procedure.ts';
import type { Localized } from '../../engine/index.ts';
import type { DataSource, SourceOption } from '../form/index.ts';

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
