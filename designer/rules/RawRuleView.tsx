/**
 * A rule as JSON in a code editor, checked as it is typed by the engine's own rule lint at the rule's place:
 * problems are listed in the language on screen with their line, underlined in the text, and a click moves the
 * cursor there. Invalid JSON or a lint error never reaches `onChange`: the last valid rule stays.
 */
import { json } from '@codemirror/lang-json';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { Button, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Rule } from '../../schemas/procedure.ts';
import { sameJson } from './model/json.ts';
import { lintAt, type RulePlace } from './model/place.ts';
import { locate, readRuleText, ruleText, type TextRange } from './model/text.ts';
import { useRuleWords } from './words.ts';

export interface RawRuleViewProps {
  value: Rule | undefined;
  /** Called with each valid rule typed (undefined: the text was emptied, where no rule is allowed). */
  onChange(rule: Rule | undefined): void;
  place: RulePlace;
  /** What the rule is, for the editor's accessible name. */
  label: string;
  /** Whether "no rule" is a valid value here (an edge without a condition is the default edge). */
  optional?: boolean;
  /** Told whether the text holds a valid rule now (the visual view may open only then). */
  onValidity?(valid: boolean): void;
  /** Shown, not edited: the text can still be selected and copied. */
  readOnly?: boolean;
}

interface TextProblem {
  message: string;
  range: TextRange;
}

export function RawRuleView(props: RawRuleViewProps) {
  const { value, onChange, place, label, optional, onValidity, readOnly } = props;
  const words = useRuleWords();
  const { t, pick } = words;
  const [text, setText] = useState(() => ruleText(value));
  const editor = useRef<ReactCodeMirrorRef>(null);
  const own = useRef(value);

  // A value changed from outside (another editor, an undo) replaces the text; our own echo does not.
  useEffect(() => {
    if (!sameJson(value, own.current)) {
      own.current = value;
      setText(ruleText(value));
    }
  }, [value]);

  const problems = useMemo((): TextProblem[] => {
    const read = readRuleText(text);
    if ('syntax' in read) return [{ message: t('rawView.syntax'), range: read.syntax }];
    if (read.rule === undefined)
      return optional ? [] : [{ message: t('rawView.required'), range: locate(text, '') }];
    return lintAt(read.rule, place)
      .filter((p) => p.severity === 'error')
      .map((p) => ({ message: pick(p.message), range: locate(text, p.path.slice(place.path.length)) }));
  }, [text, place, optional, t, pick]);

  const valid = problems.length === 0;
  useEffect(() => onValidity?.(valid), [valid, onValidity]);

  const edit = (next: string) => {
    setText(next);
    const read = readRuleText(next);
    if ('syntax' in read || (read.rule === undefined && !optional)) return;
    if (read.rule !== undefined && lintAt(read.rule, place).some((p) => p.severity === 'error')) return;
    if (sameJson(read.rule, own.current)) return;
    own.current = read.rule;
    onChange(read.rule);
  };

  useEffect(() => {
    const view = editor.current?.view;
    if (!view) return;
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      from: p.range.from,
      to: Math.max(p.range.to, p.range.from),
      severity: 'error',
      message: p.message,
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [problems]);

  const extensions = useMemo(
    () => [
      json(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': t('rawView.editor', { label }) }),
    ],
    [t, label],
  );

  const goTo = (range: TextRange) => {
    const view = editor.current?.view;
    if (!view) return;
    view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
    view.focus();
  };

  return (
    <div className="mc-rule-raw">
      <CodeMirror
        ref={editor}
        value={text}
        onChange={edit}
        extensions={extensions}
        readOnly={readOnly}
        // Tab moves on to the next control: the editor must not trap the keyboard.
        indentWithTab={false}
        basicSetup={{ foldGutter: false, autocompletion: false, searchKeymap: false }}
        // No height limit: a scrolling box inside the page would need its own keyboard stop.
        minHeight="6em"
      />
      <p className="mc-rule-status" role="status">
        {valid ? (text.trim() === '' ? t('rawView.empty') : t('rawView.saved')) : t('rawView.notSaved')}
      </p>
      {!valid && (
        <ul className="mc-rule-problems" aria-label={t('rawView.problems')}>
          {problems.map((p, i) => (
            <li key={i}>
              <Button type="link" size="small" onClick={() => goTo(p.range)}>
                {t('rawView.line', { line: p.range.line })}
              </Button>
              <Typography.Text type="danger">{p.message}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
