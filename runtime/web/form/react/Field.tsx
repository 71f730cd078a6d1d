/**
 * One field of the form, whatever its schema: a widget in its frame, a group of fields (object), a repeating
 * group (array), a choice between shapes (oneOf/anyOf), or the generic editor. Memoised on its path and schema, so
 * a change elsewhere in the form does not render it again.
 */
import { memo, useCallback, useMemo } from 'react';
import { fieldKind, type FieldKind } from '../schema/kind.ts';
import { resolveSchema } from '../schema/resolve.ts';
import { chooseWidget, type Chosen } from '../widgets/registry.ts';
import { AlternativesField } from './AlternativesField.tsx';
import { ArrayField } from './ArrayField.tsx';
import {
  fieldIds,
  inLanguage,
  readableKey,
  useEnv,
  useError,
  useShown,
  useStore,
  useUiField,
} from './env.ts';
import type { Widget, WidgetProps } from '../types.ts';
import { helpOf, schemaText, type FieldProps, type ResolvedFieldProps } from './field-props.ts';
import { describedBy, FieldFrame } from './FieldFrame.tsx';
import { ObjectField } from './ObjectField.tsx';

export const Field = memo(function Field(props: FieldProps) {
  const env = useEnv();
  const shown = useShown(props.path);
  const ui = useUiField(props.path);
  const r = resolveSchema(env.root, props.schema);
  const kind = useMemo(() => fieldKind(env.root, r), [env.root, r]);
  if (!shown || kind.kind === 'never') return null;
  const title =
    props.label ??
    inLanguage(ui?.label, env.language) ??
    schemaText(r.schema.title) ??
    readableKey(props.name);
  const resolved: ResolvedFieldProps = { ...props, r, ui, title };
  if (kind.kind === 'null') return <NullField {...resolved} />;
  const chosen = chooseWidget(kind, r.schema, ui?.widget, env.widgets, env.dataSources, env.mode);
  if (chosen) return <LeafField {...resolved} kind={kind} chosen={chosen} />;
  if (kind.kind === 'array') return <ArrayField {...resolved} />;
  if (kind.kind === 'alternatives') return <AlternativesField {...resolved} branches={kind.branches} />;
  return <ObjectField {...resolved} />;
});

function LeafField(p: ResolvedFieldProps & { kind: FieldKind; chosen: Chosen }) {
  const env = useEnv();
  const { store, language, t } = env;
  // The frame listens to the error only; the widget (below) to the answer: a keystroke renders the widget alone.
  const error = useError(p.path);
  const ids = fieldIds(env, p.path);
  const W = p.chosen.widget;
  const help = [helpOf(p, language), W.hint?.(t)];
  const named = p.ui?.options;
  const options = useMemo(
    () =>
      p.kind.kind === 'choice' || p.kind.kind === 'multi'
        ? p.kind.options.map((o) => ({
            value: o.value,
            // The UI schema's words for a value win over the schema's (a oneOf title, enumNames, the value).
            label: inLanguage(named?.[String(o.value)], language) ?? inLanguage(o.label, language) ?? '',
          }))
        : [],
    [p.kind, named, language],
  );
  const onChange = useCallback((v: unknown) => store.set(p.path, v), [store, p.path]);
  const onBlur = useCallback(() => store.touch(p.path), [store, p.path]);
  const placeholder =
    inLanguage(p.ui?.placeholder, language) ??
    (Array.isArray(p.r.schema.examples) && typeof p.r.schema.examples[0] === 'string'
      ? t('example', { value: p.r.schema.examples[0] })
      : undefined);
  return (
    <FieldFrame
      ids={ids}
      label={p.title}
      required={p.required}
      help={help}
      error={error}
      language={language}
      labelling={W.labelling ?? 'label'}
      requiredMark={t('required')}
      mark={env.marks?.get(p.path)}
    >
      <WidgetHost
        widget={W}
        id={ids.input}
        onChange={onChange}
        onBlur={onBlur}
        schema={p.r.schema}
        options={options}
        label={p.title}
        required={p.required}
        invalid={error !== undefined}
        describedBy={describedBy(ids, help.some(Boolean), error !== undefined)}
        errorId={ids.error}
        placeholder={placeholder}
        disabled={env.disabled || p.r.schema.readOnly === true}
        language={language}
        mode={env.mode}
        dataSource={p.chosen.dataSource}
        dataSources={env.dataSources}
        path={p.path}
        t={t}
      />
    </FieldFrame>
  );
}

/** The widget with the field's answer, read here so that a change re-renders nothing else. */
const WidgetHost = memo(function WidgetHost({
  widget: W,
  ...props
}: Omit<WidgetProps, 'value'> & { widget: Widget }) {
  const value = useStore(props.path, (s) => s.get(props.path));
  return <W {...props} value={value} />;
});

/** A field that can only be empty (type null): its words, nothing to fill in. */
function NullField(p: ResolvedFieldProps) {
  const env = useEnv();
  const help = helpOf(p, env.language);
  return (
    <div className="mc-field mc-field-note" id={fieldIds(env, p.path).block}>
      <div className="mc-field-label">{p.title}</div>
      {help && <div className="mc-field-help">{help}</div>}
    </div>
  );
}
