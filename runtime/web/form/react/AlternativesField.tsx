/**
 * A value that may take one of several shapes (oneOf/anyOf of schemas, not of constants): the person picks the
 * shape first — none is picked for them — then fills in that shape's field, at the same place in the data.
 */
import { Select } from 'antd';
import { answeredBranch } from '../schema/conditions.ts';
import { resolveSchema } from '../schema/resolve.ts';
import { fieldIds, useEnv, useStore } from './env.ts';
import { helpOf, type ResolvedFieldProps } from './field-props.ts';
import { FieldFrame } from './FieldFrame.tsx';

export function AlternativesField(p: ResolvedFieldProps & { branches: unknown[] }) {
  const env = useEnv();
  const { Field } = env;
  const { root, store, t, language } = env;
  const value = useStore(p.path, (s) => s.get(p.path));
  const picked = useStore(p.path, (s) => s.choice(p.path));
  const chosen = picked ?? answeredBranch(root, p.branches, value);
  const ids = fieldIds(env, p.path);
  const pickerId = `${ids.input}-shape`;
  const labelOf = (b: unknown, i: number): string => {
    const title = resolveSchema(root, b).schema.title;
    return typeof title === 'string' ? title : t('alternatives.option', { n: i + 1 });
  };
  return (
    <div className="mc-alternatives">
      <FieldFrame
        ids={{ ...ids, input: pickerId, block: `${ids.block}-shape` }}
        label={p.title}
        required={p.required}
        help={[helpOf(p, language), t('alternatives.hint')]}
        error={undefined}
        language={language}
        labelling="label"
        requiredMark={t('required')}
        mark={env.marks?.get(p.path)}
      >
        <Select
          id={pickerId}
          className="mc-select"
          aria-describedby={ids.help}
          value={chosen}
          placeholder={t('choose')}
          disabled={env.disabled}
          options={p.branches.map((b, i) => ({ value: i, label: labelOf(b, i) }))}
          onChange={(i: number) => store.choose(p.path, i)}
        />
      </FieldFrame>
      {chosen !== undefined && (
        <Field
          path={p.path}
          schema={p.branches[chosen]}
          required={p.required}
          name=""
          label={labelOf(p.branches[chosen], chosen)}
        />
      )}
    </div>
  );
}
