/**
 * An address: a province, then a commune of that province (from the host's `provinces` and `communes` sources,
 * the unit list), then the object's other fields (house number and street…). The value is the object
 * `{province, commune, …}` with the chosen codes; changing the province clears the commune.
 */
import { isPlainObject } from '../../../engine/index.ts';
import { childPath } from '../model/paths.ts';
import { fieldIds, useEnv, useFieldState } from '../react/env.ts';
import { FieldFrame } from '../react/FieldFrame.tsx';
import { isSchemaObject } from '../schema/resolve.ts';
import type { Widget, WidgetProps } from '../types.ts';
import { SourcePicker } from './source.tsx';

const PICKED = ['province', 'commune'];

function Level(p: WidgetProps & { level: 'province' | 'commune'; parent?: string }) {
  const env = useEnv();
  const path = childPath(p.path, p.level);
  const { value, error } = useFieldState(path);
  const ids = fieldIds(env, path);
  const required = Array.isArray(p.schema.required) && p.schema.required.includes(p.level);
  return (
    <FieldFrame
      ids={ids}
      label={p.t(`address.${p.level}`)}
      required={required}
      help={[]}
      error={error}
      language={p.language}
      labelling="label"
      requiredMark={p.t('required')}
      mark={env.marks?.get(path)}
    >
      <SourcePicker
        {...p}
        id={ids.input}
        path={path}
        value={value}
        required={required}
        invalid={error !== undefined}
        describedBy={error ? ids.error : undefined}
        errorId={ids.error}
        placeholder={undefined}
        dataSource={p.dataSources[p.level === 'province' ? 'provinces' : 'communes']}
        parent={p.parent}
        needsParent={p.level === 'commune'}
        onBlur={() => env.store.touch(path)}
        onChange={(code) => {
          env.store.set(path, code);
          // A commune belongs to one province: another province clears it.
          if (p.level === 'province') env.store.set(childPath(p.path, 'commune'), undefined);
        }}
      />
    </FieldFrame>
  );
}

export const AddressWidget: Widget = (p) => {
  const { Field } = useEnv();
  const answer = isPlainObject(p.value) ? p.value : {};
  const province = typeof answer.province === 'string' ? answer.province : undefined;
  const properties = isSchemaObject(p.schema.properties) ? p.schema.properties : {};
  const required = Array.isArray(p.schema.required) ? p.schema.required : [];
  return (
    <div className="mc-address">
      <Level {...p} level="province" />
      <Level {...p} level="commune" parent={province} />
      {Object.entries(properties)
        .filter(([key]) => !PICKED.includes(key))
        .map(([key, schema]) => (
          <Field
            key={key}
            path={childPath(p.path, key)}
            schema={schema}
            required={required.includes(key)}
            name={key}
          />
        ))}
    </div>
  );
};
AddressWidget.labelling = 'legend';
