/**
 * What both rule editors share: the rule held (`own`: the last valid one, written back only when it changes), the
 * visual view or the raw one, the switch between them — to visual only when the rule now held shows exactly — and
 * the note saying why a rule opened raw.
 */
import { Alert, Segmented } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Rule } from '../../schemas/procedure.ts';
import type { RawReason } from './model/condition.ts';
import type { RuleFieldInfo } from './model/fields.ts';
import { sameJson } from './model/json.ts';
import type { RulePlace } from './model/place.ts';
import { RawRuleView } from './RawRuleView.tsx';
import { reasonText, useRuleWords } from './words.ts';

export type View<M> = { visual: true; model: M } | { visual: false; reason: RawReason };

type Mode = 'visual' | 'raw';

/**
 * `read` gives a rule's view; `open` loads a model into the visual editor (on a value from outside, and on
 * switching back from raw).
 */
export function useRuleViews<M>(
  value: Rule | undefined,
  read: (rule: Rule | undefined) => View<M>,
  open: (model: M) => void,
  onChange: (rule: Rule | undefined) => void,
) {
  const own = useRef(value);
  const [view, setView] = useState(() => read(value));
  const [mode, setMode] = useState<Mode>(view.visual ? 'visual' : 'raw');
  const [rawValid, setRawValid] = useState(true);

  const show = (next: View<M>, as: Mode) => {
    if (as === 'visual' && next.visual) open(next.model);
    setView(next);
    setMode(as);
  };

  // A value changed from outside starts over from it; our own changes come back unchanged.
  useEffect(() => {
    if (sameJson(value, own.current)) return;
    own.current = value;
    const next = read(value);
    show(next, next.visual ? 'visual' : 'raw');
    // `read` and `open` follow the place, which comes with the value.
  }, [value]);

  const emit = (rule: Rule | undefined) => {
    if (sameJson(rule, own.current)) return;
    own.current = rule;
    onChange(rule);
  };

  const toVisual = read(own.current);
  const blocked = mode === 'raw' && !(rawValid && toVisual.visual);
  const switchTo = (next: Mode) => {
    if (next === 'visual' && !toVisual.visual) return;
    show(next === 'visual' ? toVisual : read(own.current), next);
  };
  return { held: own.current, view, mode, blocked, emit, switchTo, setRawValid };
}

export type RuleViews = ReturnType<typeof useRuleViews>;

/** The visual / JSON switch, and why a rule is raw when it must be. */
export function ViewSwitch({ views, fields }: { views: RuleViews; fields: readonly RuleFieldInfo[] }) {
  const words = useRuleWords();
  const { t } = words;
  const { mode, view, blocked } = views;
  return (
    <>
      <Segmented
        className="mc-rule-mode"
        aria-label={t('view')}
        size="small"
        value={mode}
        onChange={(v) => views.switchTo(v as Mode)}
        options={[
          {
            value: 'visual',
            label: t('visual'),
            disabled: blocked,
            title: blocked ? t('toVisualBlocked') : undefined,
          },
          { value: 'raw', label: t('raw') },
        ]}
      />
      {mode === 'raw' && !view.visual && (
        <Alert
          className="mc-rule-reason"
          type="info"
          showIcon
          title={t('reason.title')}
          description={`${reasonText(view.reason, fields, words)} ${t('reason.unchanged')}`}
        />
      )}
    </>
  );
}

/** The raw view of the rule held: its valid edits are the editor's changes. */
export function HeldRawView(p: {
  views: RuleViews;
  place: RulePlace;
  label: string;
  optional?: boolean;
  disabled?: boolean;
}) {
  const { views } = p;
  return (
    <RawRuleView
      value={views.held}
      onChange={views.emit}
      place={p.place}
      label={p.label}
      optional={p.optional}
      readOnly={p.disabled}
      onValidity={views.setRawValid}
    />
  );
}
