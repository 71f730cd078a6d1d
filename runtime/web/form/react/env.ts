/**
 * What every field of one form shares (the store, the schema, the words, the widgets), through one React context
 * whose value changes only when the form itself does: a field re-renders for its own answers, not for the form.
 */
import {
  createContext,
  type ComponentType,
  useCallback,
  useContext,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { UiField, UiSchema } from '../../../../schemas/procedure.ts';
import { segmentsOf, type FieldError, type Localized } from '../../../engine/index.ts';
import type { FormStore } from '../model/store.ts';
import type { FieldProps } from './field-props.ts';
import type { DataSource, FieldMark, FormMode, Language, WidgetRegistry } from '../types.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FormEnv {
  store: FormStore;
  /** The whole schema document ($ref targets live in it). The UI schema is the store's (`useUiField`). */
  root: unknown;
  widgets: WidgetRegistry;
  dataSources: Readonly<Record<string, DataSource>>;
  language: Language;
  mode: FormMode;
  disabled: boolean;
  t: Translate;
  /** Prefix of every element id of this form (several forms may share a page). */
  idPrefix: string;
  marks: ReadonlyMap<string, FieldMark> | undefined;
  /**
   * The field renderer (Field.tsx), handed down to what holds fields (groups, lists, alternatives, the address
   * widget): the form is recursive, its modules are not.
   */
  Field: ComponentType<FieldProps>;
}

export const FormEnvContext = createContext<FormEnv | null>(null);

export function useEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('a form field outside <SchemaForm>');
  return env;
}

export interface FieldState {
  value: unknown;
  error: FieldError | undefined;
  shown: boolean;
}

/** What `read` gives from the store for `path`, re-read on every change there; re-renders only when it differs. */
export function useStore<T>(path: string, read: (store: FormStore) => T): T {
  const { store } = useEnv();
  const subscribe = useCallback((onChange: () => void) => store.subscribe(path, onChange), [store, path]);
  return useSyncExternalStore(subscribe, () => read(store));
}

/** The UI schema's entry for the field at `path`, read again when the form's UI schema changes. */
export const useUiField = (path: string): UiField | undefined => useStore(path, (s) => uiFieldAt(s.ui, path));

/** Whether the field at `path` is shown. */
export const useShown = (path: string): boolean => useStore(path, (s) => s.shown(path));

/** The error shown on the field at `path`. */
export const useError = (path: string): FieldError | undefined => useStore(path, (s) => s.errorAt(path));

/** The answer, the shown error and the visibility of the field at `path`; re-renders only when one changes. */
export function useFieldState(path: string): FieldState {
  const { store } = useEnv();
  const last = useRef<FieldState | undefined>(undefined);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(path, onChange), [store, path]);
  const read = (): FieldState => {
    const value = store.get(path);
    const error = store.errorAt(path);
    const shown = store.shown(path);
    const prev = last.current;
    if (prev && prev.value === value && prev.error === error && prev.shown === shown) return prev;
    return (last.current = { value, error, shown });
  };
  return useSyncExternalStore(subscribe, read);
}

/** The element ids of a field: its input, its help, its error, and the block that holds it. */
export function fieldIds(env: FormEnv, path: string) {
  const base = `${env.idPrefix}${path.replace(/\s/g, '_') || '/'}`;
  return { input: base, help: `${base}-help`, error: `${base}-error`, block: `${base}-field` };
}

/** The UI schema's entry for the field at `path`: by its dot path, or with `*` for every list index. */
export function uiFieldAt(ui: UiSchema | undefined, path: string): UiField | undefined {
  const fields = ui?.fields;
  if (!fields) return undefined;
  const segments = segmentsOf(path);
  return fields[segments.join('.')] ?? fields[segments.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.')];
}

export function inLanguage(text: Localized | string | undefined, language: Language): string | undefined {
  return typeof text === 'string' ? text : text?.[language];
}

/** A property name made readable when the schema gives no title: "firstName" → "First name". */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
