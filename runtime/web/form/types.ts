/** The renderer's public shapes: what a host passes in, and what a widget receives. */
import type { ComponentType } from 'react';
import type { UiSchema, FormCheck } from '../../../schemas/procedure.ts';
import type { Localized } from '../../engine/index.ts';
import type { FormValidator } from './model/validation.ts';
import type { SchemaObject } from './schema/resolve.ts';

export type Language = 'vi' | 'en';

/**
 * - `fill`: a citizen fills a published form: steps, errors once a field is left, one submit button;
 * - `preview`: the designer's live preview: the same form, with every error shown at once;
 * - `config`: a properties panel: compact, no steps, every error shown at once, no submit button.
 */
export type FormMode = 'fill' | 'preview' | 'config';

/** One choice offered by a data source; `children` make a tree (units). */
export interface SourceOption {
  value: string;
  label: Localized | string;
  children?: SourceOption[];
}

/**
 * Options the host provides by name: `provinces` and `communes` (the address picker; `parent` is the province),
 * `units`, `roles`, `steps`, `files`… A field uses the source named by its widget or its `format`.
 */
export type DataSource = (parent?: string) => SourceOption[] | Promise<SourceOption[]>;

export interface WidgetProps {
  /** The id of the input to label (group widgets: of the group's first control). */
  id: string;
  value: unknown;
  /** `undefined` clears the answer (the property is left out of the data). */
  onChange(value: unknown): void;
  onBlur(): void;
  /** The field's schema, `$ref` and `allOf` resolved. */
  schema: SchemaObject;
  /** The choices of an enum (and of oneOf/anyOf constants), labelled in the language on screen. */
  options: { value: unknown; label: string }[];
  label: string;
  required: boolean;
  invalid: boolean;
  /** Ids of the help and error texts, for aria-describedby. */
  describedBy?: string;
  errorId?: string;
  placeholder?: string;
  disabled: boolean;
  language: Language;
  mode: FormMode;
  /** The data source named by the widget (or the format), if the host gave one. */
  dataSource?: DataSource;
  /** Every data source, for widgets that read several (the address picker). */
  dataSources: Readonly<Record<string, DataSource>>;
  /** The JSON pointer of the value. */
  path: string;
  /** The renderer's words (namespace `form`), in the language on screen. */
  t: (key: string, options?: Record<string, unknown>) => string;
}

/**
 * A widget is a component. Its field is labelled by a label tied to the input (`for`) unless `labelling` says
 * otherwise: `legend` for a group of controls (radio buttons, checkboxes, the address picker: a fieldset), `self`
 * for a widget that shows the label itself (a single checkbox). `hint` is a line of help shown under the field
 * ("12 chữ số").
 */
export type Widget = ComponentType<WidgetProps> & {
  labelling?: 'legend' | 'self';
  hint?: (t: WidgetProps['t']) => string | undefined;
};

export type WidgetRegistry = Readonly<Record<string, Widget>>;

export interface SchemaFormProps {
  /** JSON Schema (2020-12) of the data. */
  schema: Record<string, unknown>;
  /** The definition language's UI schema: order, labels, help, placeholders, widgets, visibleIf, sections. */
  ui?: UiSchema;
  /** The form's cross-field checks (used by the default, live validator). */
  checks?: FormCheck[];
  /** The answers, controlled: the host passes back what onChange gave (same object: nothing re-renders). */
  value?: unknown;
  /** The answers to start with (uncontrolled); absent: the schema's defaults (never a choice's). */
  defaultValue?: unknown;
  onChange?(value: unknown): void;
  /** The answers as handed in (hidden fields left out), once they are valid. */
  onSubmit?(value: unknown): void;
  /**
   * The validator; absent: the engine's, compiled in the page (the designer). The portal passes the one compiled
   * ahead for the published version (no `new Function` under its CSP).
   */
  validate?: FormValidator;
  mode?: FormMode;
  /** Steps from `ui.sections`, or by the top-level groups of a long form (`auto`, the default), or none. */
  steps?: 'auto' | 'none';
  /** Widgets by name (the UI schema's `widget`) or by JSON Schema `format`, over the built-in ones. */
  widgets?: WidgetRegistry;
  dataSources?: Readonly<Record<string, DataSource>>;
  /** The language of labels and messages; default: the app's. */
  language?: Language;
  /** "Now" for rules that read today (visibility, checks); default: the clock. */
  now?: () => number;
  /** The submit button's words; default "Gửi" / "Submit". */
  submitLabel?: string;
  disabled?: boolean;
  /** Names the form for assistive technology. */
  'aria-label'?: string;
  /** Fields to point out, by JSON pointer: the review's fields added or changed by a new version. */
  marks?: ReadonlyMap<string, FieldMark>;
}

/** A field pointed out: framed in its tone, with its word beside the label (colour alone tells nobody blind). */
export interface FieldMark {
  tone: 'added' | 'changed';
  word: string;
}
