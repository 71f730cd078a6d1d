/**
 * What a rule can read, as a clerk picks it: the form's fields (and, on process edges, the dossier's facts), each
 * with a label and a type that decides which comparisons and which value input the rule builder offers.
 * The form's fields are read through the citizen renderer's own schema reading, so a field shows here as it does
 * in the form.
 */
import type { FormDefinition, Localized, ProcedureDefinition } from '../../../schemas/procedure.ts';
import { fieldKind } from '../../../runtime/web/form/schema/kind.ts';
import { objectFields } from '../../../runtime/web/form/schema/layout.ts';
import { resolveSchema } from '../../../runtime/web/form/schema/resolve.ts';

export type RuleFieldType = 'text' | 'number' | 'money' | 'date' | 'boolean' | 'choice';

export interface RuleChoice {
  value: string | number | boolean;
  label: Localized;
}

export interface RuleFieldInfo {
  /** The path a rule reads it by: `{"var": path}`. */
  path: string;
  /** The field's own label, and the sections it sits in (outermost first) to tell apart fields named alike. */
  label: Localized;
  within: Localized[];
  type: RuleFieldType;
  /** For choices: the values and what the citizen sees for them. */
  choices?: RuleChoice[];
}

const same = (text: string): Localized => ({ vi: text, en: text });

function asLocalized(label: Localized | string): Localized {
  return typeof label === 'string' ? same(label) : label;
}

const isChoiceValue = (v: unknown): v is RuleChoice['value'] =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The UI schema names a field's widget; `money` and `date` make a number an amount of VND, a text a date. */
function typeOf(kind: ReturnType<typeof fieldKind>, widget: string | undefined): RuleFieldType | undefined {
  switch (kind.kind) {
    case 'text':
      return kind.format === 'date' || widget === 'date' ? 'date' : 'text';
    case 'number':
      return widget === 'money' ? 'money' : 'number';
    case 'boolean':
      return 'boolean';
    case 'choice':
      return kind.options.every((o) => isChoiceValue(o.value)) ? 'choice' : undefined;
    default:
      return undefined;
  }
}

/** Bounded like the renderer: a self-referencing schema does not list fields forever. */
const MAX_DEPTH = 12;

/**
 * The fields of a form a rule can compare, in the form's order. Fields inside repeating groups (arrays) are left
 * out: a rule reads them only through array operators, which the visual builder does not show.
 */
export function formRuleFields(form: FormDefinition): RuleFieldInfo[] {
  const root = form.schema;
  const ui = form.ui ?? {};
  const out: RuleFieldInfo[] = [];
  const visit = (node: unknown, prefix: string, within: Localized[], depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const resolved = resolveSchema(root, node);
    for (const field of objectFields(root, resolved, undefined, undefined, ui.order?.[prefix])) {
      const path = prefix === '' ? field.key : `${prefix}.${field.key}`;
      const r = resolveSchema(root, field.schema);
      const kind = fieldKind(root, r);
      const title = typeof r.schema.title === 'string' ? r.schema.title : field.key;
      const label = ui.fields?.[path]?.label ?? same(title);
      if (kind.kind === 'object') {
        visit(field.schema, path, [...within, label], depth + 1);
        continue;
      }
      const type = typeOf(kind, ui.fields?.[path]?.widget);
      if (!type) continue;
      out.push({
        path,
        label,
        within,
        type,
        ...(kind.kind === 'choice'
          ? {
              choices: kind.options.map((o) => ({
                value: o.value as RuleChoice['value'],
                // The UI schema's words for a value win, as in the citizen's form.
                label: ui.fields?.[path]?.options?.[String(o.value)] ?? asLocalized(o.label),
              })),
            }
          : {}),
      });
    }
  };
  visit(root, '', [], 0);
  return out;
}

const FACTS = '$dossier';

/**
 * What a process edge may also read: the dossier's facts (see the engine's facts.ts) — the channel, the fees due,
 * the outcome an officer chose at each task that offers outcomes, and each consulted agency's answer.
 */
export function dossierFactFields(definition: ProcedureDefinition): RuleFieldInfo[] {
  const facts: Localized[] = [{ vi: 'Hồ sơ', en: 'Dossier' }];
  const fields: RuleFieldInfo[] = [
    {
      path: `${FACTS}.channel`,
      label: { vi: 'Kênh nộp hồ sơ', en: 'Channel of submission' },
      within: facts,
      type: 'choice',
      choices: [
        { value: 'online', label: { vi: 'Trực tuyến', en: 'Online' } },
        { value: 'counter', label: { vi: 'Tại quầy', en: 'At the counter' } },
        { value: 'post', label: { vi: 'Qua bưu chính', en: 'By post' } },
      ],
    },
    {
      path: `${FACTS}.feesTotal`,
      label: { vi: 'Tổng phí, lệ phí', en: 'Total fees' },
      within: facts,
      type: 'money',
    },
  ];
  for (const node of definition.process.nodes) {
    const name = node.label ?? same(node.id);
    const outcomes = node.config?.outcomes;
    if (Array.isArray(outcomes) && outcomes.every((o) => typeof o === 'string')) {
      fields.push({
        path: `${FACTS}.outcomes.${node.id}`,
        label: { vi: `Kết quả bước “${name.vi}”`, en: `Outcome of “${name.en}”` },
        within: facts,
        type: 'choice',
        choices: outcomes.map((o) => ({ value: o, label: same(o) })),
      });
    }
    if (node.type === 'interagency') {
      fields.push({
        path: `${FACTS}.replies.${node.id}`,
        label: { vi: `Cơ quan ở bước “${name.vi}” đồng ý`, en: `The agency at “${name.en}” agreed` },
        within: facts,
        type: 'boolean',
      });
    }
  }
  return fields;
}
