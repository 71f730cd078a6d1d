/**
 * A group of fields (a JSON object) as a fieldset with its title as the legend; the whole form's root without one.
 * Fields that conditions add (if/then/else, dependentSchemas, the chosen oneOf/anyOf branch) and entries of an
 * open map (additionalProperties) follow the answers; an object without them never re-renders for them.
 */
import { Radio } from 'antd';
import { useMemo } from 'react';
import { dotPath, segmentsOf } from '../../../engine/index.ts';
import { answeredBranch } from '../schema/conditions.ts';
import { alternativesOf } from '../schema/kind.ts';
import { hasConditionalFields, objectFields, type PropertyField } from '../schema/layout.ts';
import { resolveSchema } from '../schema/resolve.ts';
import { childPath, ROOT } from '../model/paths.ts';
import { fieldIds, inLanguage, useEnv, useError, useStore } from './env.ts';
import { helpOf, type ResolvedFieldProps } from './field-props.ts';
import { MapEntries, mapSchemaOf } from './MapEntries.tsx';
import { fieldWeight, useFirstScreen } from './progressive.ts';

const NO_VALUE = () => undefined;

/** The UI schema's order for the object at `path` (by dot path, or with `*` for list items). */
function orderAt(order: Record<string, string[]> | undefined, path: string): string[] | undefined {
  if (!order) return undefined;
  const segments = segmentsOf(path);
  return order[dotPath(path)] ?? order[segments.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.')];
}

export function ObjectField(p: ResolvedFieldProps & { only?: readonly string[]; bareKey?: string }) {
  const env = useEnv();
  const { Field } = env;
  const { root, store, language, t } = env;
  const branches = useMemo(() => alternativesOf(root, p.r), [root, p.r]);
  const map = mapSchemaOf(p.r);
  const dynamic = hasConditionalFields(p.r) || branches !== undefined || map !== undefined;
  // Only an object whose fields depend on its answers listens to them.
  const value = useStore(p.path, dynamic ? (s) => s.get(p.path) : NO_VALUE);
  const picked = useStore(p.path, (s) => s.choice(p.path));
  const error = useError(p.path);
  const chosen = picked ?? (branches ? answeredBranch(root, branches, value) : undefined);
  const order = useStore(p.path, (s) => orderAt(s.ui?.order, p.path));
  const fields = useMemo(() => {
    const own = objectFields(root, p.r, value, undefined, order);
    const known = new Set(own.map((f) => f.key));
    const more =
      branches && chosen !== undefined
        ? objectFields(root, resolveSchema(root, branches[chosen]), value, undefined, order).filter(
            (f) => !known.has(f.key),
          )
        : [];
    return { own, more };
  }, [root, p.r, value, branches, chosen, order]);
  const only = p.only;
  const own = only ? fields.own.filter((f) => only.includes(f.key)) : fields.own;
  // The whole form's groups come a screenful first; a group inside it renders whole.
  const upTo = useFirstScreen(p.path === ROOT ? own.map((f) => fieldWeight(root, f.schema)) : []);
  const render = (list: PropertyField[]) =>
    list.map((f) => (
      <Field
        key={f.key}
        path={childPath(p.path, f.key)}
        schema={f.schema}
        required={f.required}
        name={f.key}
        bare={f.key === p.bareKey}
      />
    ));
  const ids = fieldIds(env, p.path);
  const body = (
    <>
      {render(p.path === ROOT ? own.slice(0, upTo) : own)}
      {branches && !only && (
        <div className="mc-field">
          <div className="mc-field-label" id={`${ids.input}-choice`}>
            {t('alternatives.choose')}
          </div>
          <Radio.Group
            aria-labelledby={`${ids.input}-choice`}
            value={chosen}
            onChange={(e) => store.choose(p.path, e.target.value as number)}
            options={branches.map((b, i) => ({
              value: i,
              label:
                inLanguage(resolveSchema(root, b).schema.title as string | undefined, language) ??
                t('alternatives.option', { n: i + 1 }),
            }))}
          />
        </div>
      )}
      {render(fields.more)}
      {map && !only && (
        <MapEntries
          path={p.path}
          schema={map}
          value={value}
          declared={[...fields.own, ...fields.more].map((f) => f.key)}
        />
      )}
    </>
  );
  const message = error && (
    <div id={ids.error} className="mc-field-error" aria-live="polite">
      {error.message[language]}
    </div>
  );
  if (p.path === ROOT) {
    return (
      <div className="mc-root" id={ids.block}>
        {message}
        {body}
      </div>
    );
  }
  const help = helpOf(p, language);
  return (
    <fieldset
      className={p.bare ? 'mc-group mc-group-bare' : 'mc-group'}
      id={ids.block}
      aria-describedby={error ? ids.error : undefined}
    >
      <legend className={p.bare ? 'mc-visually-hidden' : 'mc-group-title'}>
        {p.title}
        {p.required && (
          <span className="mc-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {help && <div className="mc-field-help">{help}</div>}
      {message}
      {body}
    </fieldset>
  );
}
