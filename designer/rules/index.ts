/**
 * The designer's rule editors (README.md beside this file): `RuleField` picks the editor for a rule's place in a
 * definition; the editors and the model are exported for screens that need one directly.
 */
export { RuleField, type RuleFieldProps } from './RuleField.tsx';
export { ConditionEditor, type ConditionEditorProps } from './ConditionEditor.tsx';
export { ValueRuleEditor, type ValueRuleEditorProps } from './ValueRuleEditor.tsx';
export { RawRuleView, type RawRuleViewProps } from './RawRuleView.tsx';
export { TryRule, type Sample } from './TryRule.tsx';
export { ruleWidgets } from './widget.tsx';
export { rulePlace, lintAt, type RulePlace, type RulePlaceKind } from './model/place.ts';
export type { RuleFieldInfo, RuleFieldType } from './model/fields.ts';
