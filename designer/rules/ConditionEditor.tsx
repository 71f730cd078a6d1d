/**
 * A condition — a rule that is true or false — built visually (react-querybuilder in antd: field / comparison /
 * value rows, AND/OR groups, nested, NOT) or typed as JSON. A rule opens visually only when the builder gives it
 * back exactly (see model/condition.ts); any other opens in the raw view, unchanged, saying why. Nothing is
 * written back until the person changes something, and never a condition half built.
 */
import { useMemo, useState } from 'react';
import { QueryBuilder, type Field, type RuleGroupType, type RuleType } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import type { Rule } from '../../schemas/procedure.ts';
import {
  ActionElement,
  CombinatorSelector,
  FieldSelector,
  NotToggle,
  OperatorSelector,
  ValueEditor,
  type BuilderContext,
} from './builder/controls.tsx';
import { conditionToQuery, incompleteRule, queryToCondition } from './model/condition.ts';
import { operatorsFor, VALUE_SHAPE, type RuleOperator } from './model/operators.ts';
import type { RulePlace } from './model/place.ts';
import { HeldRawView, useRuleViews, ViewSwitch, type View } from './views.tsx';
import { fieldName, operatorName, useRuleWords } from './words.ts';
import './rules.css';

export interface ConditionEditorProps {
  value: Rule | undefined;
  /** Each complete change; undefined when every condition was removed (no condition). */
  onChange(rule: Rule | undefined): void;
  place: RulePlace;
  /** What the condition decides ("Hiện trường Người cha khi"), its accessible name. */
  label: string;
  /** Shown, not edited. */
  disabled?: boolean;
}

const EMPTY: RuleGroupType = { combinator: 'and', rules: [] };

function viewOf(value: Rule | undefined, place: RulePlace): View<RuleGroupType> {
  if (value === undefined) return { visual: true, model: EMPTY };
  const view = conditionToQuery(value, place.fields);
  return view.visual ? { visual: true, model: view.query } : view;
}

function emptyValue(operator: RuleOperator): unknown {
  const shape = VALUE_SHAPE[operator];
  return shape === 'list' ? [] : shape === 'pair' ? ['', ''] : '';
}

export function ConditionEditor({ value, onChange, place, label, disabled }: ConditionEditorProps) {
  const words = useRuleWords();
  const { t } = words;
  const [query, setQuery] = useState<RuleGroupType>(() => {
    const view = viewOf(value, place);
    return view.visual ? view.model : EMPTY;
  });
  const views = useRuleViews(value, (rule) => viewOf(rule, place), setQuery, onChange);
  const { mode } = views;

  const context = useMemo<BuilderContext>(
    () => ({ fields: place.fields, byPath: new Map(place.fields.map((f) => [f.path, f])) }),
    [place.fields],
  );
  const fields = useMemo<Field[]>(
    () => place.fields.map((f) => ({ name: f.path, label: fieldName(f, words) })),
    [place.fields, words],
  );
  const operatorsOf = (path: string) => {
    const field = context.byPath.get(path);
    return field
      ? operatorsFor(field.type).map((op) => ({ name: op, label: operatorName(field.type, op, words) }))
      : [];
  };

  const incomplete = incompleteRule(query, place.fields);
  const changeQuery = (next: RuleGroupType) => {
    setQuery(next);
    if (!incompleteRule(next, place.fields)) views.emit(queryToCondition(next));
  };

  return (
    <div className="mc-rule-editor" role="group" aria-label={label}>
      <ViewSwitch views={views} fields={place.fields} />
      {mode === 'visual' ? (
        <>
          <QueryBuilder
            query={query}
            onQueryChange={changeQuery}
            fields={fields}
            context={context}
            getOperators={operatorsOf}
            getDefaultOperator={(path) => operatorsOf(path)[0]?.name ?? '='}
            getDefaultValue={(rule: RuleType) => emptyValue(rule.operator as RuleOperator)}
            autoSelectField={false}
            resetOnOperatorChange
            showNotToggle
            listsAsArrays
            parseNumbers={false}
            disabled={disabled}
            accessibleDescriptionGenerator={({ path }) => t('builder.group', { level: path.length + 1 })}
            controlElements={{
              fieldSelector: FieldSelector,
              operatorSelector: OperatorSelector,
              valueEditor: ValueEditor,
              combinatorSelector: CombinatorSelector,
              notToggle: NotToggle,
              actionElement: ActionElement,
            }}
            translations={{
              addRule: { label: t('builder.addRule'), title: t('builder.addRule') },
              addGroup: { label: t('builder.addGroup'), title: t('builder.addGroup') },
              removeRule: { label: t('builder.removeRule'), title: t('builder.removeRule') },
              removeGroup: { label: t('builder.removeGroup'), title: t('builder.removeGroup') },
              notToggle: { label: t('builder.notShort'), title: t('builder.not') },
              fields: { title: t('builder.field') },
              operators: { title: t('builder.operator') },
              value: { title: t('builder.value') },
              combinators: { title: t('builder.combinator') },
            }}
          />
          {query.rules.length === 0 && <p className="mc-rule-note">{t('builder.empty')}</p>}
          {incomplete && (
            <p className="mc-rule-note" role="status">
              {t(incomplete.problem === 'field' ? 'builder.incompleteField' : 'builder.incompleteValue', {
                n: incomplete.path.map((i) => i + 1).join('.'),
              })}
            </p>
          )}
        </>
      ) : (
        <HeldRawView views={views} place={place} label={label} optional disabled={disabled} />
      )}
    </div>
  );
}
