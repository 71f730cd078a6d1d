/**
 * A rule that yields a value — a fee in VND, a processing time — as ordered cases "if <condition> then <amount>"
 * and an amount in every other case, compiled to JSON Logic `if` (see model/value-rule.ts); a rule of any other
 * shape opens in the raw view, unchanged, saying why. A calculator below computes the rule on sample data.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import type { Rule } from '../../schemas/procedure.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import type { RulePlace } from './model/place.ts';
import {
  countFields,
  valueRuleFromModel,
  valueRuleToModel,
  type Amount,
  type ValueRuleView,
} from './model/value-rule.ts';
import { TryRule, type Sample } from './TryRule.tsx';
import { AmountInput, completeAmount, type AmountDraft } from './value/AmountInput.tsx';
import { HeldRawView, useRuleViews, ViewSwitch } from './views.tsx';
import { useRuleWords } from './words.ts';
import './rules.css';

export interface ValueRuleEditorProps {
  value: Rule | undefined;
  /** Each complete change: a rule a value can be computed with. */
  onChange(rule: Rule): void;
  /** A value place (fees' amounts, the processing time's rule). */
  place: RulePlace;
  label: string;
  /** Data to try the rule with (a scenario's submission, …). */
  samples?: readonly Sample[];
  /** "Today" of the calculator at first (UTC ms); the person can change it. */
  now?: number;
  /** Shown, not edited: the calculator still works. */
  disabled?: boolean;
}

interface CaseDraft {
  key: number;
  when: Rule | undefined;
  then: AmountDraft;
}

interface Draft {
  cases: CaseDraft[];
  otherwise: AmountDraft;
}

let keys = 0;

function draftOf(view: ValueRuleView): Draft {
  if (!view.visual) return { cases: [], otherwise: { kind: 'fixed' } };
  const amount = (a: Amount): AmountDraft => ({ ...a });
  return {
    cases: view.model.cases.map((c) => ({ key: ++keys, when: c.when, then: amount(c.then) })),
    otherwise: amount(view.model.otherwise),
  };
}

/** The rule of a draft, or why it cannot be one yet. */
function compile(draft: Draft): { rule: Rule } | { missing: 'case'; n: number } | { missing: 'amount' } {
  const otherwise = completeAmount(draft.otherwise);
  const cases = draft.cases.map((c) => ({ when: c.when, then: completeAmount(c.then) }));
  const noCondition = cases.findIndex((c) => c.when === undefined);
  if (noCondition >= 0) return { missing: 'case', n: noCondition + 1 };
  if (!otherwise || cases.some((c) => !c.then)) return { missing: 'amount' };
  return { rule: valueRuleFromModel({ cases: cases as { when: Rule; then: Amount }[], otherwise }) };
}

export function ValueRuleEditor(props: ValueRuleEditorProps) {
  const { value, onChange, place, label, samples, now, disabled = false } = props;
  const { t } = useRuleWords();
  const editor = place.editor.kind === 'value' ? place.editor : { unit: 'vnd' as const, perCopy: false };
  const read = (rule: Rule | undefined): ValueRuleView =>
    rule === undefined
      ? { visual: true, model: { cases: [], otherwise: { kind: 'fixed', value: 0 } } }
      : valueRuleToModel(rule, { perCopy: editor.perCopy, fields: place.fields });
  const [draft, setDraft] = useState(() => draftOf(read(value)));
  // A value rule always has a value: emptying the raw text is not a change.
  const views = useRuleViews(
    value,
    read,
    (model) => setDraft(draftOf({ visual: true, model })),
    (rule) => {
      if (rule !== undefined) onChange(rule);
    },
  );
  const { mode } = views;

  const compiled = compile(draft);
  const change = (next: Draft) => {
    setDraft(next);
    const result = compile(next);
    if ('rule' in result) views.emit(result.rule);
  };
  const setCase = (i: number, part: Partial<CaseDraft>) =>
    change({ ...draft, cases: draft.cases.map((c, j) => (j === i ? { ...c, ...part } : c)) });
  const move = (i: number, by: number) => {
    const cases = [...draft.cases];
    [cases[i], cases[i + by]] = [cases[i + by], cases[i]];
    change({ ...draft, cases });
  };

  const counts = editor.perCopy ? countFields(place.fields) : [];
  const conditionPlace = (i: number): RulePlace => ({
    ...place,
    path: `${place.path}/if/${2 * i}`,
    editor: { kind: 'condition', constants: false },
  });

  return (
    <div className="mc-rule-editor" role="group" aria-label={label}>
      <ViewSwitch views={views} fields={place.fields} />
      {mode === 'visual' ? (
        <>
          <ol className="mc-rule-cases">
            {draft.cases.map((c, i) => {
              const n = i + 1;
              const name = t('value.case', { n });
              return (
                <li key={c.key}>
                  <Card
                    size="small"
                    title={name}
                    extra={
                      <span>
                        <Button
                          type="text"
                          icon={<ArrowUpOutlined />}
                          aria-label={t('value.up', { n })}
                          title={t('value.up', { n })}
                          disabled={disabled || i === 0}
                          onClick={() => move(i, -1)}
                        />
                        <Button
                          type="text"
                          icon={<ArrowDownOutlined />}
                          aria-label={t('value.down', { n })}
                          title={t('value.down', { n })}
                          disabled={disabled || i === draft.cases.length - 1}
                          onClick={() => move(i, 1)}
                        />
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('value.removeCase', { n })}
                          title={t('value.removeCase', { n })}
                          disabled={disabled}
                          onClick={() => change({ ...draft, cases: draft.cases.filter((_, j) => j !== i) })}
                        />
                      </span>
                    }
                  >
                    <p className="mc-rule-note">{t('value.if')}</p>
                    <ConditionEditor
                      value={c.when}
                      onChange={(when) => setCase(i, { when })}
                      place={conditionPlace(i)}
                      label={`${name}: ${t('value.if')}`}
                      disabled={disabled}
                    />
                    <p className="mc-rule-note">{t('value.then')}</p>
                    <AmountInput
                      value={c.then}
                      onChange={(then) => setCase(i, { then })}
                      unit={editor.unit}
                      counts={counts}
                      label={name}
                      disabled={disabled}
                    />
                  </Card>
                </li>
              );
            })}
          </ol>
          <Button
            icon={<PlusOutlined />}
            className="mc-rule-add-case"
            disabled={disabled}
            onClick={() =>
              change({
                ...draft,
                cases: [...draft.cases, { key: ++keys, when: undefined, then: { kind: 'fixed' } }],
              })
            }
          >
            {t('value.addCase')}
          </Button>
          <Card size="small" title={draft.cases.length > 0 ? t('value.otherwise') : t('value.only')}>
            <AmountInput
              value={draft.otherwise}
              onChange={(otherwise) => change({ ...draft, otherwise })}
              unit={editor.unit}
              counts={counts}
              label={draft.cases.length > 0 ? t('value.otherwise') : t('value.only')}
              disabled={disabled}
            />
          </Card>
          {!('rule' in compiled) && (
            <p className="mc-rule-note" role="status">
              {compiled.missing === 'case'
                ? t('value.caseIncomplete', { n: compiled.n })
                : t('value.amountIncomplete')}
            </p>
          )}
        </>
      ) : (
        <HeldRawView views={views} place={place} label={label} disabled={disabled} />
      )}
      <TryRule rule={views.held} place={place} samples={samples} now={now} />
    </div>
  );
}
