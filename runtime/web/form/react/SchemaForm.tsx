/**
 * <SchemaForm>: a JSON Schema and the definition language's UI schema as an accessible antd form, for citizens
 * (fill), the designer's live preview (preview) and its properties panels (config). See ../README.md.
 */
import { Alert, Button, ConfigProvider, theme } from 'antd';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FormEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../../schemas/procedure.ts';
import type { FieldError, Problem } from '../../../engine/index.ts';
import { initialAnswers } from '../model/defaults.ts';
import { childPath, isWithin, ROOT } from '../model/paths.ts';
import { formSteps, type Step } from '../model/steps.ts';
import { FormStore, FORM_CHANNEL } from '../model/store.ts';
import { judge, liveValidator, type FormValidator, type LiveValidator } from '../model/validation.ts';
import { Visibility } from '../model/visibility.ts';
import { objectFields } from '../schema/layout.ts';
import { fieldKind } from '../schema/kind.ts';
import { resolveSchema } from '../schema/resolve.ts';
import type { SchemaFormProps } from '../types.ts';
import { BUILT_IN_WIDGETS } from '../widgets/registry.ts';
import { FormEnvContext, useStore, type FormEnv, type Translate } from './env.ts';
import { ErrorSummary, focusField, onScreenOrder, type Summary } from './ErrorSummary.tsx';
import { Field } from './Field.tsx';
import { ObjectField } from './ObjectField.tsx';
import { StepHeader, stepTitle } from './StepHeader.tsx';
import './form.css';

const SIZES = { fill: 'large', preview: 'middle', config: 'small' } as const;
const NO_SOURCES = {};

/**
 * One store for the form's life: a new definition or validator (the designer edits the form) reshapes it after
 * the render, keeping the answers, so that only the fields whose words or rules changed render again.
 */
function useFormStore(
  form: FormDefinition,
  validate: FormValidator | undefined,
  props: SchemaFormProps,
  latest: { current: SchemaFormProps },
): FormStore {
  const now = () => (latest.current.now ?? Date.now)();
  const shape = () => ({
    ui: form.ui,
    validate: validate && judge(form, validate, now),
    visibility: new Visibility(form, now),
  });
  const held = useRef<{ store: FormStore; form: FormDefinition; validate?: FormValidator } | undefined>(
    undefined,
  );
  if (!held.current) {
    const mode = props.mode ?? 'fill';
    const store = new FormStore({
      value: props.value ?? props.defaultValue ?? initialAnswers(form.schema),
      ...shape(),
      showErrors: mode === 'fill' ? 'touched' : 'always',
      onChange: (v) => latest.current.onChange?.(v),
    });
    held.current = { store, form, validate };
  }
  const { store } = held.current;
  useLayoutEffect(() => {
    const last = held.current!;
    if (last.form === form && last.validate === validate) return;
    held.current = { store, form, validate };
    store.reshape(shape());
  });
  return store;
}

/** The words of a long form are few: each asked of i18next once (a lookup costs more than a field's render). */
function rememberedWords(t: Translate): Translate {
  const known = new Map<string, string>();
  return (key, options) => {
    if (options) return t(key, options);
    let words = known.get(key);
    if (words === undefined) known.set(key, (words = t(key)));
    return words;
  };
}

export function SchemaForm(props: SchemaFormProps) {
  const { i18n } = useTranslation();
  const language = props.language ?? (i18n.language === 'en' ? 'en' : 'vi');
  const t = useMemo(
    () => rememberedWords(i18n.getFixedT(language, 'form') as unknown as Translate),
    [i18n, language],
  );
  const mode = props.mode ?? 'fill';
  const { schema, ui, checks } = props;
  const form = useMemo<FormDefinition>(
    () => ({ schema, ui, ...(checks ? { checks } : {}) }),
    [schema, ui, checks],
  );
  const live = useMemo(
    () => (props.validate ? undefined : liveValidator(form, { procedure: mode !== 'config' })),
    [props.validate, form, mode],
  );
  const validate = props.validate ?? live!.validate;
  const latest = useRef(props);
  latest.current = props;
  const store = useFormStore(form, validate, props, latest);
  const idPrefix = `mc${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  useLayoutEffect(() => {
    if (props.value !== undefined) store.replace(props.value);
  }, [store, props.value]);

  const env = useMemo<FormEnv>(
    () => ({
      store,
      root: schema,
      widgets: props.widgets ? { ...BUILT_IN_WIDGETS, ...props.widgets } : BUILT_IN_WIDGETS,
      dataSources: props.dataSources ?? NO_SOURCES,
      language,
      mode,
      disabled: props.disabled ?? false,
      t,
      idPrefix,
      marks: props.marks,
      Field,
    }),
    [
      store,
      schema,
      props.widgets,
      props.dataSources,
      language,
      mode,
      props.disabled,
      t,
      idPrefix,
      props.marks,
    ],
  );

  return (
    <ConfigProvider componentSize={SIZES[mode]}>
      <FormEnvContext.Provider value={env}>
        <FormBody
          env={env}
          live={live}
          steps={props.steps ?? 'auto'}
          onSubmit={props.onSubmit}
          submitLabel={props.submitLabel}
          ariaLabel={props['aria-label']}
        />
      </FormEnvContext.Provider>
    </ConfigProvider>
  );
}

interface BodyProps {
  env: FormEnv;
  /** The validator compiled in the page, if the host gave none. */
  live: LiveValidator | undefined;
  steps: 'auto' | 'none';
  onSubmit: SchemaFormProps['onSubmit'];
  submitLabel?: string;
  ariaLabel?: string;
}

/** Which steps are shown now (a step whose every field is hidden is skipped), as a string that is stable. */
const shownSteps = (steps: Step[], store: FormStore): string =>
  steps
    .map((s, i) => (s.keys.some((k) => store.shown(childPath(ROOT, k))) ? i : -1))
    .filter((i) => i >= 0)
    .join(',');

/** Work for when the page is idle (the browser's idle callback, else the next task). */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}

function FormBody({ env, live, steps: stepping, onSubmit, submitLabel, ariaLabel }: BodyProps) {
  const { store, root, t, language, mode } = env;
  const ui = useStore(FORM_CHANNEL, (s) => s.ui);
  const { token } = theme.useToken();
  const rootResolved = resolveSchema(root, root);
  const steps = useMemo(() => {
    if (stepping === 'none' || mode === 'config' || fieldKind(root, rootResolved).kind !== 'object')
      return undefined;
    return formSteps(root, objectFields(root, rootResolved, undefined, undefined, ui?.order?.['']), ui);
  }, [stepping, mode, root, rootResolved, ui]);
  const shownList = useStore(FORM_CHANNEL, (s) => (steps ? shownSteps(steps, s) : ''));
  const visible = useMemo(() => (shownList === '' ? [] : shownList.split(',').map(Number)), [shownList]);
  const [current, setCurrent] = useState(0);
  const [summary, setSummary] = useState<Summary | undefined>(undefined);
  /** Where the focus goes once the next render is on screen: the step's heading, a field, the first of errors. */
  const focusNext = useRef<'heading' | { path: string } | { first: FieldError[] } | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryBox = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Problem[] | undefined>(undefined);

  // Once the form is on screen: the validator compiled, and errors shown where they show at once.
  useEffect(
    () =>
      whenIdle(() => {
        setProblems(live?.problems());
        if (mode !== 'fill') store.validate();
      }),
    [live, store, mode],
  );

  const position = steps ? Math.max(0, visible.indexOf(current)) : 0;
  const step = steps ? steps[visible[position] ?? 0] : undefined;
  const stepOf = (path: string): number | undefined => {
    if (!steps) return undefined;
    const index = steps.findIndex((s) => s.keys.some((k) => isWithin(path, childPath(ROOT, k))));
    return index < 0 ? undefined : index;
  };

  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    if (target === 'heading') heading.current?.focus();
    else if ('path' in target) focusField(env, target.path);
    else focusField(env, onScreenOrder(env, target.first)[0].path);
  });

  /** Shows the errors in scope; the first of them (in the order of the form) gets the focus. */
  const stopAt = (errors: FieldError[], scope: Summary['scope']): boolean => {
    if (errors.length === 0) return false;
    // The first step with an error is shown; the first of its errors on screen gets the focus.
    const at = Math.min(...errors.map((e) => stepOf(e.path) ?? Infinity));
    const here = Number.isFinite(at) ? errors.filter((e) => stepOf(e.path) === at) : errors;
    if (Number.isFinite(at)) setCurrent(at);
    setSummary({ scope, errors });
    focusNext.current = { first: here };
    return true;
  };

  const next = () => {
    if (!step) return;
    const errors = store.reveal((path) => step.keys.some((k) => isWithin(path, childPath(ROOT, k))));
    if (stopAt(errors, 'step')) return;
    setSummary(undefined);
    setCurrent(visible[position + 1]);
    focusNext.current = 'heading';
  };
  const back = () => {
    setSummary(undefined);
    setCurrent(visible[position - 1]);
    focusNext.current = 'heading';
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (steps && position < visible.length - 1) return next();
    if (stopAt(store.reveal(), 'form')) return;
    setSummary(undefined);
    onSubmit?.(store.submitted());
  };

  const last = !steps || position === visible.length - 1;
  return (
    <form
      className={`mc-form mc-form-${mode}`}
      noValidate
      onSubmit={submit}
      aria-label={ariaLabel}
      // The page's text face and size, as antd's controls have them (labels and help are not antd's).
      style={
        {
          fontFamily: token.fontFamily,
          fontSize: token.fontSize,
          color: token.colorText,
          '--mc-primary': token.colorPrimary,
        } as CSSProperties
      }
    >
      {problems && (
        <Alert
          type="warning"
          showIcon
          title={t('schemaProblems')}
          description={
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.message[language]}</li>
              ))}
            </ul>
          }
        />
      )}
      {summary && (
        <ErrorSummary
          ref={summaryBox}
          summary={summary}
          onGo={(path) => {
            const at = stepOf(path);
            if (at !== undefined) setCurrent(at);
            focusNext.current = { path };
            // Focus moves in the effect once the step is on screen; this render brings it there.
            setSummary({ ...summary });
          }}
        />
      )}
      {steps && step ? (
        <>
          <StepHeader
            ref={heading}
            titles={visible.map((i) => stepTitle(steps[i], env, ui))}
            position={position}
            onGo={(i) => {
              setSummary(undefined);
              setCurrent(visible[i]);
              focusNext.current = 'heading';
            }}
          />
          <ObjectField
            path={ROOT}
            schema={root}
            required
            name=""
            r={rootResolved}
            ui={undefined}
            title=""
            only={step.keys}
            bareKey={step.title && 'key' in step.title ? step.title.key : undefined}
          />
        </>
      ) : (
        <Field path={ROOT} schema={root} required name="" label="" />
      )}
      {/* A panel, or a form shown for reading only (disabled), has nothing to hand in. */}
      {mode !== 'config' && !env.disabled && (
        <div className="mc-form-actions">
          {steps && position > 0 && <Button onClick={back}>{t('steps.back')}</Button>}
          <Button type="primary" htmlType="submit">
            {last ? (submitLabel ?? t('submit')) : t('steps.next')}
          </Button>
        </div>
      )}
    </form>
  );
}
