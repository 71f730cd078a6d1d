/**
 * The built-in widgets by name, and how a field gets its widget: the UI schema's `widget`, else the schema's
 * `format`, else what its schema says (a 12-digit pattern is a personal ID number, a date is a date…). A host adds
 * or replaces widgets by name; a name that is not a widget but names a data source picks from that source.
 */
import type { FieldKind } from '../schema/kind.ts';
import type { SchemaObject } from '../schema/resolve.ts';
import type { DataSource, FormMode, Widget, WidgetRegistry } from '../types.ts';
import { AddressWidget } from './address.tsx';
import { CheckboxesWidget, CheckboxWidget, RadioWidget, SelectWidget, YesNoWidget } from './choice.tsx';
import { DateWidget } from './date.tsx';
import { JsonWidget } from './json.tsx';
import { MoneyWidget, NumberWidget } from './number.tsx';
import { SourceWidget } from './source.tsx';
import { EmailWidget, IdNumberWidget, PhoneWidget, TextAreaWidget, TextWidget } from './text.tsx';

export const BUILT_IN_WIDGETS: WidgetRegistry = {
  text: TextWidget,
  textarea: TextAreaWidget,
  email: EmailWidget,
  phone: PhoneWidget,
  idNumber: IdNumberWidget,
  cccd: IdNumberWidget,
  date: DateWidget,
  number: NumberWidget,
  money: MoneyWidget,
  select: SelectWidget,
  radio: RadioWidget,
  checkboxes: CheckboxesWidget,
  yesno: YesNoWidget,
  checkbox: CheckboxWidget,
  address: AddressWidget,
  json: JsonWidget,
};

/** A dossier component (`component`, also `file`) is picked from the `components` source. */
const SOURCE_ALIASES: Record<string, string> = { component: 'components', file: 'components' };

/** Patterns that make a text a personal ID number, a phone number (the form designer reads fields alike). */
export const ID_NUMBER = /^\^(\[0-9\]|\\d)\{12\}\$$/;
export const PHONE = /^\^(\\\+\?|0)?(\[0-9\]|\\d)\{\d+(,\d+)?\}\$$/;
/** Text fields allowed this long get a paragraph box. */
const PARAGRAPH_FROM = 500;

/** Radio buttons show every option at once; beyond this many, a drop-down is easier to read. */
export const RADIOS_UP_TO = 5;

function byShape(kind: FieldKind, schema: SchemaObject, mode: FormMode): string {
  switch (kind.kind) {
    case 'text': {
      const pattern = typeof schema.pattern === 'string' ? schema.pattern : '';
      if (kind.format === 'date') return 'date';
      if (kind.format === 'email' || kind.format === 'idn-email') return 'email';
      if (ID_NUMBER.test(pattern)) return 'idNumber';
      if (PHONE.test(pattern)) return 'phone';
      return typeof schema.maxLength === 'number' && schema.maxLength >= PARAGRAPH_FROM ? 'textarea' : 'text';
    }
    case 'number':
      return 'number';
    case 'boolean':
      return mode === 'config' ? 'checkbox' : 'yesno';
    case 'choice':
      return mode !== 'config' && kind.options.length <= RADIOS_UP_TO ? 'radio' : 'select';
    case 'multi':
      return 'checkboxes';
    default:
      return 'json';
  }
}

export interface Chosen {
  widget: Widget;
  dataSource?: DataSource;
}

/** The widget of a field, and the data source it picks from if any. */
export function chooseWidget(
  kind: FieldKind,
  schema: SchemaObject,
  named: string | undefined,
  widgets: WidgetRegistry,
  sources: Readonly<Record<string, DataSource>>,
  mode: FormMode,
): Chosen | undefined {
  for (const name of [named, typeof schema.format === 'string' ? schema.format : undefined]) {
    if (name === undefined) continue;
    if (Object.hasOwn(widgets, name))
      return { widget: widgets[name], dataSource: sources[SOURCE_ALIASES[name] ?? name] };
    const source = SOURCE_ALIASES[name] ?? name;
    if (Object.hasOwn(sources, source)) return { widget: SourceWidget, dataSource: sources[source] };
  }
  // Objects and lists have their own fields unless a widget was asked for by name.
  if (kind.kind === 'object' || kind.kind === 'array' || kind.kind === 'alternatives') return undefined;
  const name = byShape(kind, schema, mode);
  return { widget: widgets[name] ?? BUILT_IN_WIDGETS[name] };
}
