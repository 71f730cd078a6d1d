/**
 * react-querybuilder's controls in antd, labelled for assistive technology in the language on screen: the field
 * picker (the form's fields by section, each with its type, searchable without diacritics), the comparison, the
 * value input, AND/OR, NOT and the buttons.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select, Tag } from 'antd';
import type {
  ActionProps,
  CombinatorSelectorProps,
  FieldSelectorProps,
  NotToggleProps,
  OperatorSelectorProps,
  ValueEditorProps,
} from 'react-querybuilder';
import type { RuleFieldInfo } from '../model/fields.ts';
import { VALUE_SHAPE, type RuleOperator } from '../model/operators.ts';
import { fieldName, useRuleWords } from '../words.ts';
import { ValueInput } from './ValueInput.tsx';
import { searchKey } from '../../../runtime/engine/index.ts';

/** What every control reads: the fields the rule may use, by path (QueryBuilder's `context`). */
export interface BuilderContext {
  fields: readonly RuleFieldInfo[];
  byPath: ReadonlyMap<string, RuleFieldInfo>;
}

/** Whether an option's text has every word typed, anywhere, diacritics ignored ("khong qua" finds "không quá"). */
const hasEveryWord = (input: string, text: string): boolean =>
  searchKey(input)
    .split(/\s+/)
    .every((word) => text.includes(word));

/** A select of short texts searched by typing, as a keyboard user picks one of many comparisons. */
const searchLabels = {
  filterOption: (input: string, o?: { label?: unknown }) =>
    typeof o?.label === 'string' && hasEveryWord(input, searchKey(o.label)),
};

/** "Điều kiện 2" of a rule at this path, for the labels of its controls. */
function ruleLabel(path: number[], label: string): string {
  return `${label} (${path.map((i) => i + 1).join('.')})`;
}

export function FieldSelector(p: FieldSelectorProps) {
  const words = useRuleWords();
  const { fields } = p.context as BuilderContext;
  const groups = new Map<string, RuleFieldInfo[]>();
  for (const f of fields) {
    const where = f.within.map(words.pick).join(' › ');
    groups.set(where, [...(groups.get(where) ?? []), f]);
  }
  const option = (f: RuleFieldInfo) => ({
    value: f.path,
    search: searchKey(fieldName(f, words)),
    label: (
      <span className="mc-rule-field-option">
        <span>{words.pick(f.label)}</span>
        <Tag className="mc-rule-type">{words.t(`types.${f.type}`)}</Tag>
      </span>
    ),
  });
  const options = [...groups].map(([where, list]) =>
    where === '' ? list.map(option) : [{ label: where, title: where, options: list.map(option) }],
  );
  return (
    <Select
      className="mc-rule-field"
      aria-label={ruleLabel(p.path, words.t('builder.field'))}
      placeholder={words.t('builder.fieldPlaceholder')}
      value={fields.some((f) => f.path === p.value) ? p.value : undefined}
      // The chosen field with its section: two fields may share a name ("Ngày sinh" of the child, of the mother).
      labelRender={({ value }) => {
        const field = fields.find((f) => f.path === value);
        return field ? fieldName(field, words) : String(value);
      }}
      options={options.flat()}
      // Every word typed, anywhere in the name and its section: "ngay sinh khai" finds the child's birth date.
      showSearch={{ filterOption: (input, o) => !!o && 'search' in o && hasEveryWord(input, o.search) }}
      popupMatchSelectWidth={false}
      onChange={(v: string) => p.handleOnChange(v)}
      disabled={p.disabled}
    />
  );
}

export function OperatorSelector(p: OperatorSelectorProps) {
  const words = useRuleWords();
  if (p.options.length === 0) return null;
  return (
    <Select
      className="mc-rule-operator"
      showSearch={searchLabels}
      aria-label={ruleLabel(p.path, words.t('builder.operator'))}
      value={p.value}
      options={p.options.map((o) =>
        'name' in o ? { value: o.name, label: o.label } : { value: '', label: '' },
      )}
      popupMatchSelectWidth={false}
      onChange={(v: string) => p.handleOnChange(v)}
      disabled={p.disabled}
    />
  );
}

export function ValueEditor(p: ValueEditorProps) {
  const words = useRuleWords();
  const field = (p.context as BuilderContext).byPath.get(p.field);
  if (!field) return null;
  const operator = p.operator as RuleOperator;
  return (
    <ValueInput
      field={field}
      shape={VALUE_SHAPE[operator] ?? 'one'}
      value={p.value}
      onChange={p.handleOnChange}
      label={ruleLabel(p.path, `${fieldName(field, words)}: ${words.t('builder.value')}`)}
      disabled={p.disabled}
    />
  );
}

export function CombinatorSelector(p: CombinatorSelectorProps) {
  const { t } = useRuleWords();
  return (
    <Select
      className="mc-rule-combinator"
      showSearch={searchLabels}
      aria-label={`${t('builder.combinator')} — ${t('builder.group', { level: p.level + 1 })}`}
      value={p.value}
      options={[
        { value: 'and', label: t('builder.and') },
        { value: 'or', label: t('builder.or') },
      ]}
      popupMatchSelectWidth={false}
      onChange={(v: string) => p.handleOnChange(v)}
      disabled={p.disabled}
    />
  );
}

export function NotToggle(p: NotToggleProps) {
  const { t } = useRuleWords();
  return (
    <Checkbox
      className="mc-rule-not"
      checked={!!p.checked}
      onChange={(e) => p.handleOnChange(e.target.checked)}
      disabled={p.disabled}
    >
      {t('builder.not')}
    </Checkbox>
  );
}

/** Buttons: adding shows its words; removing is an icon, named by its title. */
export function ActionElement(p: ActionProps) {
  const removes = p.className?.includes('remove');
  return (
    <Button
      className={p.className}
      icon={removes ? <DeleteOutlined /> : <PlusOutlined />}
      type={removes ? 'text' : 'default'}
      danger={removes}
      aria-label={removes ? p.title : undefined}
      title={p.title}
      onClick={(e) => p.handleOnClick(e)}
      disabled={p.disabled}
    >
      {removes ? null : p.label}
    </Button>
  );
}
