/**
 * The kinds of field the form designer's palette offers, each as the JSON Schema and UI schema it adds, and the
 * kind an existing field is read as (which settings its properties show). Widgets are the citizen renderer's own
 * (runtime/web/form/widgets/registry.ts), so the preview and the portal show a field alike.
 */
import { ID_NUMBER, PHONE, RADIOS_UP_TO } from '../../../runtime/web/form/widgets/registry.ts';
import type { Localized, UiField } from '../../../schemas/procedure.ts';

export const FIELD_KINDS = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'select',
  'radio',
  'checkboxes',
  'yesNo',
  'idNumber',
  'phone',
  'email',
  'address',
  'file',
  'repeat',
  'section',
] as const;

export type FieldKind = (typeof FIELD_KINDS)[number];

/** What the designer knows how to show: a field of the palette, or a field it only lets you name and move. */
export type ReadKind = FieldKind | 'other';

export type Schema = Record<string, unknown>;

/** What the settings of a kind are about. */
export type ValueType = 'text' | 'number' | 'boolean' | 'choice' | 'none';

const two = (vi: string, en: string): Localized => ({ vi, en });

const CHOICES = (): Record<string, Localized> => ({
  option_1: two('Lựa chọn 1', 'Option 1'),
  option_2: two('Lựa chọn 2', 'Option 2'),
});

interface Template {
  schema(): Schema;
  widget?: string;
  options?: () => Record<string, Localized>;
}

/** Each new field is bounded (a length, a number of items): the engine's lint asks for it. */
const TEMPLATES: Record<FieldKind, Template> = {
  text: { schema: () => ({ type: 'string', maxLength: 200 }) },
  longText: { schema: () => ({ type: 'string', maxLength: 2000 }), widget: 'textarea' },
  number: { schema: () => ({ type: 'number' }), widget: 'number' },
  money: { schema: () => ({ type: 'integer', minimum: 0 }), widget: 'money' },
  date: { schema: () => ({ type: 'string', format: 'date' }), widget: 'date' },
  select: {
    schema: () => ({ type: 'string', enum: ['option_1', 'option_2'] }),
    widget: 'select',
    options: CHOICES,
  },
  radio: {
    schema: () => ({ type: 'string', enum: ['option_1', 'option_2'] }),
    widget: 'radio',
    options: CHOICES,
  },
  checkboxes: {
    schema: () => ({
      type: 'array',
      items: { type: 'string', enum: ['option_1', 'option_2'] },
      uniqueItems: true,
      maxItems: 2,
    }),
    widget: 'checkboxes',
    options: CHOICES,
  },
  yesNo: { schema: () => ({ type: 'boolean' }), widget: 'yesno' },
  idNumber: { schema: () => ({ type: 'string', pattern: '^[0-9]{12}$', maxLength: 12 }), widget: 'idNumber' },
  phone: { schema: () => ({ type: 'string', pattern: '^0[0-9]{9}$', maxLength: 10 }), widget: 'phone' },
  email: { schema: () => ({ type: 'string', format: 'email', maxLength: 254 }), widget: 'email' },
  address: {
    schema: () => ({
      type: 'object',
      properties: {
        province: { type: 'string', maxLength: 20 },
        commune: { type: 'string', maxLength: 20 },
        street: { type: 'string', maxLength: 200, title: 'Số nhà, đường phố' },
      },
      required: ['province', 'commune'],
      additionalProperties: false,
    }),
    widget: 'address',
  },
  file: { schema: () => ({ type: 'string', maxLength: 100 }), widget: 'component' },
  repeat: {
    schema: () => ({
      type: 'array',
      items: { type: 'object', properties: {}, additionalProperties: false },
      maxItems: 20,
    }),
  },
  section: { schema: () => ({ type: 'object', properties: {}, additionalProperties: false }) },
};

/** A new field of a kind: its schema and its UI schema entry (label, widget, the choices' words). */
export function newField(kind: FieldKind, label: Localized): { schema: Schema; ui: UiField } {
  const t = TEMPLATES[kind];
  return {
    schema: t.schema(),
    ui: { label, ...(t.widget ? { widget: t.widget } : {}), ...(t.options ? { options: t.options() } : {}) },
  };
}

const BY_WIDGET: Record<string, FieldKind> = {
  textarea: 'longText',
  money: 'money',
  date: 'date',
  select: 'select',
  radio: 'radio',
  checkboxes: 'checkboxes',
  yesno: 'yesNo',
  idNumber: 'idNumber',
  cccd: 'idNumber',
  phone: 'phone',
  email: 'email',
  address: 'address',
  component: 'file',
  file: 'file',
  number: 'number',
  text: 'text',
};

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind a field is read as, from its UI widget, else its schema's shape: as the citizen renderer picks. */
export function kindOf(schema: unknown, ui: UiField | undefined): ReadKind {
  if (ui?.widget && Object.hasOwn(BY_WIDGET, ui.widget)) return BY_WIDGET[ui.widget];
  if (!isObject(schema) || '$ref' in schema) return 'other';
  const type = schema.type;
  const choices = Array.isArray(schema.enum)
    ? schema.enum
    : Array.isArray(schema.oneOf)
      ? schema.oneOf
      : undefined;
  if (choices) return type === 'array' ? 'other' : choices.length <= RADIOS_UP_TO ? 'radio' : 'select';
  switch (type) {
    case 'string':
      if (schema.format === 'date') return 'date';
      if (schema.format === 'email') return 'email';
      if (typeof schema.pattern === 'string' && ID_NUMBER.test(schema.pattern)) return 'idNumber';
      if (typeof schema.pattern === 'string' && PHONE.test(schema.pattern)) return 'phone';
      return typeof schema.maxLength === 'number' && schema.maxLength >= 500 ? 'longText' : 'text';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'yesNo';
    case 'object':
      return isObject(schema.properties) ? 'section' : 'other';
    case 'array':
      if (isObject(schema.items) && isObject(schema.items.properties)) return 'repeat';
      if (isObject(schema.items) && Array.isArray(schema.items.enum)) return 'checkboxes';
      return 'other';
    default:
      return 'other';
  }
}

const VALUE_TYPES: Record<ReadKind, ValueType> = {
  text: 'text',
  longText: 'text',
  idNumber: 'text',
  phone: 'text',
  email: 'text',
  date: 'text',
  file: 'text',
  number: 'number',
  money: 'number',
  select: 'choice',
  radio: 'choice',
  checkboxes: 'choice',
  yesNo: 'boolean',
  address: 'none',
  repeat: 'none',
  section: 'none',
  other: 'none',
};

export const valueType = (kind: ReadKind): ValueType => VALUE_TYPES[kind];

/** Kinds whose fields hold other fields. */
export const holdsFields = (kind: ReadKind): kind is 'repeat' | 'section' =>
  kind === 'repeat' || kind === 'section';
