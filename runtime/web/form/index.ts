/**
 * The product's form renderer: a JSON Schema (2020-12) and the definition language's UI schema as an accessible
 * antd form, for citizens (the portal), the designer's live preview and its properties panels. README.md beside
 * this file documents the API.
 */
export { SchemaForm } from './react/SchemaForm.tsx';
export { useFieldState } from './react/env.ts';
/** A long list beside a form (the designer's field list) paints its first screen first, as the form does. */
export { useFirstScreen } from './react/progressive.ts';
export { BUILT_IN_WIDGETS } from './widgets/registry.ts';
export {
  liveValidator,
  type FormValidator,
  type LiveValidator,
  type LiveValidatorOptions,
} from './model/validation.ts';
export { parseTypedDate, showDate } from './format/date.ts';
export { parseMoney, showMoney } from './format/money.ts';
export type {
  DataSource,
  FieldMark,
  FormMode,
  Language,
  SchemaFormProps,
  SourceOption,
  Widget,
  WidgetProps,
  WidgetRegistry,
} from './types.ts';
