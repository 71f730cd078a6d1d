/**
 * What the properties panel needs beside a node type's config schema: the words of its properties (both
 * languages, as the renderer's UI schema takes them), and the lists its ids are picked from (units, roles, the
 * diagram's steps, the definition's results), named by the schema's `format`.
 */
import { i18n } from '../../runtime/web/i18n/index.ts';
import { ROLES, isProcessRole, type Localized } from '../../runtime/engine/index.ts';
import type { DataSource, SourceOption } from '../../runtime/web/form/index.ts';
import type { ProcedureDefinition, UiSchema } from '../../schemas/procedure.ts';

/** The words of one key of the `designer` namespace in both languages. */
export function bothLanguages(key: string, options?: Record<string, unknown>): Localized {
  const word = (lng: 'vi' | 'en') => String(i18n.getFixedT(lng, 'designer')(key as never, options as never));
  return { vi: word('vi'), en: word('en') };
}

/**
 * Properties of the engine's node types, and the choices of their lists, with their words. `help: 'optional'` is
 * help that tells what leaving it empty means: not shown where the type requires the property.
 */
const PROPERTIES: Record<string, { help?: 'always' | 'optional'; options?: string[] }> = {
  role: { help: 'always' },
  unit: { help: 'optional' },
  allotment: { help: 'always' },
  returnTo: { help: 'optional' },
  outcomes: { help: 'always' },
  allowSupplement: {},
  allowRefuse: {},
  document: {},
  methods: { options: ['online', 'counter', 'post'] },
  mode: { options: ['handoff', 'consult'] },
  silenceMeansAgreement: {},
  outcome: { options: ['issued', 'refused', 'withdrawn', 'stopped'] },
};

const cached = new Map<string, UiSchema>();

/**
 * The UI schema of a node type's configuration (its config schema's `required`): a property not listed here
 * keeps the renderer's default words.
 */
export function configUi(required: readonly string[] = []): UiSchema {
  const key = `${i18n.language}:${required.join(',')}`;
  const known = cached.get(key);
  if (known) return known;
  const fields: NonNullable<UiSchema['fields']> = {};
  for (const [name, { help, options }] of Object.entries(PROPERTIES)) {
    const helps = help === 'always' || (help === 'optional' && !required.includes(name));
    fields[name] = {
      label: bothLanguages(`process.config.${name}.label`),
      ...(helps ? { help: bothLanguages(`process.config.${name}.help`) } : {}),
      ...(options
        ? {
            options: Object.fromEntries(
              options.map((o) => [o, bothLanguages(`process.config.${name}.options.${o}`)]),
            ),
          }
        : {}),
    };
  }
  const ui = { fields };
  cached.set(key, ui);
  return ui;
}

export interface UnitItem {
  code: string;
  parentCode: string | null;
  name: Localized;
}

/** The unit tree as nested options. */
export function unitTree(units: readonly UnitItem[]): SourceOption[] {
  const children = new Map<string | null, UnitItem[]>();
  for (const u of units) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u]);
  const known = new Set(units.map((u) => u.code));
  const option = (u: UnitItem): SourceOption => {
    const below = (children.get(u.code) ?? []).map(option);
    return { value: u.code, label: u.name, ...(below.length > 0 ? { children: below } : {}) };
  };
  // Roots: no parent, or a parent not in the list.
  return units.filter((u) => u.parentCode === null || !known.has(u.parentCode)).map(option);
}

/** The lists ids are picked from, for one step of one definition. */
export function configSources(
  definition: ProcedureDefinition,
  nodeId: string,
  units: readonly UnitItem[],
  stepTitle: (id: string) => string,
): Record<string, DataSource> {
  const roles = Object.entries(ROLES)
    .filter(([code]) => isProcessRole(code))
    .map(([code, label]) => ({ value: code, label }));
  const steps = definition.process.nodes
    .filter((n) => n.id !== nodeId)
    .map((n) => ({ value: n.id, label: stepTitle(n.id) }));
  const results = (definition.results ?? []).map((r) => ({ value: r.id, label: r.name }));
  const tree = unitTree(units);
  return { role: () => roles, step: () => steps, result: () => results, unit: () => tree };
}
