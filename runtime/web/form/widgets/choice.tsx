/**
 * Choices from a closed list: a drop-down, radio buttons, checkboxes, yes/no, one checkbox. None of them picks an
 * option the person did not pick: an unanswered question shows nothing selected.
 */
import { Checkbox, Select } from 'antd';
import { sameJson } from '../schema/conditions.ts';
import type { Widget, WidgetProps } from '../types.ts';
import { inputProps } from './aria.ts';
import { searchKey } from '../../../engine/index.ts';

/** Options are matched by JSON equality, so numbers, booleans and objects work as well as strings. */
const indexOf = (p: WidgetProps, value: unknown): number =>
  p.options.findIndex((o) => sameJson(o.value, value));

/** A select's search that finds "Hà Nội" typed "ha noi". */
export const plainSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    searchKey(String(option?.label ?? '')).includes(searchKey(input)),
};

/** Long lists get a search box. */
const SEARCH_FROM = 8;

export const SelectWidget: Widget = (p) => {
  const index = indexOf(p, p.value);
  const { status, onBlur, ...rest } = inputProps(p);
  return (
    <Select
      {...rest}
      status={status}
      onBlur={onBlur}
      className="mc-select"
      value={index < 0 ? undefined : index}
      placeholder={p.placeholder ?? p.t('choose')}
      allowClear={!p.required}
      showSearch={p.options.length >= SEARCH_FROM ? plainSearch : false}
      options={p.options.map((o, i) => ({ value: i, label: o.label }))}
      onChange={(i: number | undefined) => p.onChange(i === undefined ? undefined : p.options[i]?.value)}
    />
  );
};

/**
 * Radio buttons and checkboxes are the browser's own, in antd's colour (accent-color): as accessible as can be
 * (arrow keys within a group, the label a click target), and a long form renders hundreds of them without antd's
 * per-control machinery.
 */
function Choice(p: {
  type: 'radio' | 'checkbox';
  id?: string;
  name?: string;
  checked: boolean;
  label: string;
  disabled: boolean;
  invalid?: boolean;
  onChange(checked: boolean): void;
  onBlur(): void;
}) {
  return (
    <label className="mc-choice">
      <input
        type={p.type}
        id={p.id}
        name={p.name}
        checked={p.checked}
        disabled={p.disabled}
        aria-invalid={p.invalid || undefined}
        onChange={(e) => p.onChange(e.target.checked)}
        onBlur={p.onBlur}
      />
      <span>{p.label}</span>
    </label>
  );
}

export const RadioWidget: Widget = (p) => {
  const index = indexOf(p, p.value);
  return (
    <div className="mc-radios">
      {p.options.map((o, i) => (
        <Choice
          key={i}
          type="radio"
          id={i === 0 ? p.id : undefined}
          name={p.id}
          checked={i === index}
          label={o.label}
          disabled={p.disabled}
          invalid={p.invalid}
          onChange={() => p.onChange(o.value)}
          onBlur={p.onBlur}
        />
      ))}
    </div>
  );
};
RadioWidget.labelling = 'legend';

export const CheckboxesWidget: Widget = (p) => {
  const chosen = Array.isArray(p.value) ? p.value : [];
  const toggle = (value: unknown, on: boolean) => {
    // Kept in the order of the options, whatever order they were ticked in.
    const next = p.options
      .map((o) => o.value)
      .filter((v) => (sameJson(v, value) ? on : chosen.some((c) => sameJson(c, v))));
    p.onChange(next.length === 0 ? undefined : next);
  };
  return (
    <div className="mc-checkboxes">
      {p.options.map((o, i) => (
        <Choice
          key={i}
          type="checkbox"
          id={i === 0 ? p.id : undefined}
          checked={chosen.some((c) => sameJson(c, o.value))}
          label={o.label}
          disabled={p.disabled}
          onChange={(on) => toggle(o.value, on)}
          onBlur={p.onBlur}
        />
      ))}
    </div>
  );
};
CheckboxesWidget.labelling = 'legend';

/** Yes or no as two radio buttons: unanswered until the person answers (a switch would answer "no" for them). */
export const YesNoWidget: Widget = (p) => (
  <RadioWidget
    {...p}
    options={[
      { value: true, label: p.t('yes') },
      { value: false, label: p.t('no') },
    ]}
  />
);
YesNoWidget.labelling = 'legend';

/** One checkbox that is its own label ("I confirm …"); unchecked leaves the answer out unless it was answered. */
export const CheckboxWidget: Widget = (p) => (
  <Checkbox
    id={p.id}
    disabled={p.disabled}
    checked={p.value === true}
    onChange={(e) => p.onChange(e.target.checked ? true : p.value === undefined ? undefined : false)}
    onBlur={p.onBlur}
    aria-describedby={p.describedBy}
    aria-invalid={p.invalid || undefined}
    aria-required={p.required || undefined}
  >
    {p.label}
    {p.required && (
      <span className="mc-required" aria-hidden="true">
        {' '}
        *
      </span>
    )}
  </Checkbox>
);
CheckboxWidget.labelling = 'self';
