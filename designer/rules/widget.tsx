/**
 * The rule editors as a widget of the product's form renderer (runtime/web/form), for properties panels whose
 * schema asks for one: `{"type": ["object", "boolean"], "format": "rule"}` or the UI schema's `widget: "rule"`.
 * The rule's place in the definition is `base` followed by the field's own pointer, so an edge's panel (its data
 * the edge, base "/process/edges/3") edits "/process/edges/3/condition" with what that place may read.
 */
import type { ProcedureDefinition, Rule } from '../../schemas/procedure.ts';
import type { Widget, WidgetRegistry } from '../../runtime/web/form/index.ts';
import { RuleField } from './RuleField.tsx';

export function ruleWidgets(definition: ProcedureDefinition, base: string): WidgetRegistry {
  const RuleWidget: Widget = (p) => (
    <RuleField
      definition={definition}
      path={`${base}${p.path}`}
      value={p.value as Rule | undefined}
      onChange={p.onChange}
      label={p.label}
      disabled={p.disabled}
    />
  );
  // The editor is a group of controls: the renderer names it with a legend.
  RuleWidget.labelling = 'legend';
  return { rule: RuleWidget };
}
