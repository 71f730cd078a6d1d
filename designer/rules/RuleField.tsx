/**
 * The one entry to the rule editors: given the definition and a rule's place in it (a JSON pointer), it picks the
 * editor — a condition (edges, visibility, form checks), a component's "needed always / never / when …", or a
 * value (a fee's amount, the processing time) — with the fields that place may read and the lint that checks it.
 */
import { Radio } from 'antd';
import { useMemo, useState } from 'react';
import type { ProcedureDefinition, Rule } from '../../schemas/procedure.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import { rulePlace, type RulePlace } from './model/place.ts';
import type { Sample } from './TryRule.tsx';
import { ValueRuleEditor } from './ValueRuleEditor.tsx';
import { useRuleWords } from './words.ts';

export interface RuleFieldProps {
  definition: ProcedureDefinition;
  /** JSON pointer of the rule in the definition: "/fees/0/amount", "/process/edges/3/condition", … */
  path: string;
  value: Rule | undefined;
  onChange(rule: Rule | undefined): void;
  /** What the rule decides, its accessible name ("Lệ phí đăng ký"). */
  label: string;
  /** Sample data for the calculator of value rules. */
  samples?: readonly Sample[];
  /** The calculator's first submission date (UTC ms). */
  now?: number;
  /** Shown, not edited (a version opened read-only): the calculator and the raw view still work. */
  disabled?: boolean;
}

type Need = 'always' | 'never' | 'when';

/** A component's `required`: true, false, or a condition. */
function RequiredWhen({
  value,
  onChange,
  place,
  label,
  disabled,
}: Omit<RuleFieldProps, 'definition' | 'path'> & { place: RulePlace }) {
  const { t } = useRuleWords();
  const [need, setNeed] = useState<Need>(value === true ? 'always' : value === false ? 'never' : 'when');
  const choose = (next: Need) => {
    setNeed(next);
    if (next !== 'when') onChange(next === 'always');
  };
  return (
    <div className="mc-rule-editor" role="group" aria-label={label}>
      <Radio.Group
        aria-label={`${label}: ${t('required.label')}`}
        value={need}
        disabled={disabled}
        onChange={(e) => choose(e.target.value as Need)}
        options={[
          { value: 'always', label: t('required.always') },
          { value: 'never', label: t('required.never') },
          { value: 'when', label: t('required.when') },
        ]}
      />
      {need === 'when' && (
        <ConditionEditor
          value={typeof value === 'boolean' ? undefined : value}
          onChange={onChange}
          place={place}
          label={`${label}: ${t('required.when')}`}
          disabled={disabled}
        />
      )}
    </div>
  );
}

export function RuleField({ definition, path, ...props }: RuleFieldProps) {
  const place = useMemo(() => rulePlace(definition, path), [definition, path]);
  const editor = place.editor;
  if (editor.kind === 'value') return <ValueRuleEditor {...props} place={place} />;
  if (editor.constants) return <RequiredWhen {...props} place={place} />;
  const { value, onChange, label, disabled } = props;
  return (
    <ConditionEditor value={value} onChange={onChange} place={place} label={label} disabled={disabled} />
  );
}
