/**
 * The form as JSON (the data schema, the UI schema and the cross-field checks) in a code editor, checked as it is
 * typed by the engine's lint: problems are listed with their line. Text that is not JSON, or not a form's shape,
 * never reaches the draft; a form with other problems does (a draft may be unfinished) and its problems stay listed.
 */
import { json } from '@codemirror/lang-json';
import { EditorView } from '@codemirror/view';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { Button, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { lint } from '../../runtime/engine/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { FormDefinition, ProcedureDefinition } from '../../schemas/procedure.ts';
import { sameJson } from '../rules/model/json.ts';
import { locate, readRuleText, type TextRange } from '../rules/model/text.ts';
import { isObject } from './model/tree.ts';
import { useFormWords } from './words.ts';

interface TextProblem {
  message: string;
  range: TextRange;
  blocks: boolean;
}

const formText = (form: FormDefinition) => JSON.stringify(form, null, 2);

/** The problems of the text as a form of `definition`; `form` when it may replace the draft's. */
function readForm(
  text: string,
  definition: ProcedureDefinition,
  words: { syntax: string; shape: string; language: 'vi' | 'en' },
): { form?: FormDefinition; problems: TextProblem[] } {
  const read = readRuleText(text);
  if ('syntax' in read) return { problems: [{ message: words.syntax, range: read.syntax, blocks: true }] };
  const form = read.rule as unknown;
  if (!isObject(form) || !isObject(form.schema))
    return { problems: [{ message: words.shape, range: locate(text, ''), blocks: true }] };
  const problems = lint({ ...definition, form })
    .filter((p) => p.path.startsWith('/form/') && (p.severity === 'error' || p.code !== 'FORM_OPEN_BOUNDS'))
    .map((p) => ({
      message: p.message[words.language],
      range: locate(text, p.path.slice('/form'.length)),
      // A shape the language refuses (a UI schema of the wrong form) would break the visual view.
      blocks: p.code === 'DEFINITION_SCHEMA',
    }));
  return { problems, ...(problems.some((p) => p.blocks) ? {} : { form: form as unknown as FormDefinition }) };
}

export function RawFormView({
  definition,
  onChange,
}: {
  definition: ProcedureDefinition;
  onChange(form: FormDefinition): void;
}) {
  const { t } = useFormWords();
  const language = useLanguage();
  const form = definition.form;
  const words = useMemo(
    () => ({ syntax: t('form.raw.syntax'), shape: t('form.raw.shape'), language }),
    [t, language],
  );
  const [text, setText] = useState(() => formText(form));
  const [result, setResult] = useState(() => readForm(text, definition, words));
  const own = useRef(form);
  const editor = useRef<ReactCodeMirrorRef>(null);

  // A form changed elsewhere (an undo) replaces the text; our own echo does not.
  useEffect(() => {
    if (form !== own.current && !sameJson(form, own.current)) {
      own.current = form;
      const next = formText(form);
      setText(next);
      setResult(readForm(next, definition, words));
    }
  }, [form]);

  const { problems, form: read } = result;

  const edit = (next: string) => {
    setText(next);
    const result = readForm(next, definition, words);
    setResult(result);
    if (!result.form || sameJson(result.form, own.current)) return;
    own.current = result.form;
    onChange(result.form);
  };

  const extensions = useMemo(
    () => [
      json(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': t('form.raw.editor') }),
    ],
    [t],
  );
  const goTo = (range: TextRange) => {
    const view = editor.current?.view;
    if (!view) return;
    view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
    view.focus();
  };
  const status = !read
    ? t('form.raw.notApplied')
    : problems.length > 0
      ? t('form.raw.appliedWithProblems')
      : t('form.raw.applied');
  return (
    <section className="mc-form-raw" aria-label={t('form.view.raw')}>
      <CodeMirror
        ref={editor}
        value={text}
        onChange={edit}
        extensions={extensions}
        indentWithTab={false}
        basicSetup={{ foldGutter: true, autocompletion: false, searchKeymap: true }}
        minHeight="12em"
        maxHeight="70vh"
      />
      <p className="mc-rule-status" role="status">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="mc-rule-problems" aria-label={t('form.raw.problems')}>
          {problems.map((p, i) => (
            <li key={i}>
              <Button type="link" size="small" onClick={() => goTo(p.range)}>
                {t('form.raw.line', { line: p.range.line })}
              </Button>
              <Typography.Text type={p.blocks ? 'danger' : 'warning'}>{p.message}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
