/**
 * The form designer's edits, each a pure function from a form to the next: only what the edit is about changes,
 * so every keyword the designer does not show survives (the raw view's round trip depends on it).
 */
import type { FormDefinition, Localized, UiField } from '../../../schemas/procedure.ts';
import { newField, type FieldKind, type Schema } from './kinds.ts';
import { isObject, join, orderedKeys, schemaAt, schemaKeys, segments, splitPath } from './tree.ts';

function updateIn(node: unknown, keys: readonly string[], recipe: (v: unknown) => unknown): unknown {
  if (keys.length === 0) return recipe(node);
  const [key, ...rest] = keys;
  const object = isObject(node) ? node : {};
  const next = updateIn(object[key], rest, recipe);
  if (next === undefined) {
    const { [key]: _gone, ...others } = object;
    return others;
  }
  return { ...object, [key]: next };
}

/** A field's schema changed by `recipe`. */
export function updateSchema(
  form: FormDefinition,
  path: string,
  recipe: (s: Schema) => Schema,
): FormDefinition {
  return {
    ...form,
    schema: updateIn(form.schema, schemaKeys(path), (s) => recipe(isObject(s) ? s : {})) as Schema,
  };
}

/** A keyword of a field's schema set, or removed when `value` is undefined. */
export const setKeyword = (form: FormDefinition, path: string, keyword: string, value: unknown) =>
  updateSchema(form, path, (s) => {
    const { [keyword]: _old, ...rest } = s;
    return value === undefined ? rest : { ...s, [keyword]: value };
  });

/** A field's UI schema entry changed by `recipe`; an entry left empty is removed. */
export function updateUi(
  form: FormDefinition,
  path: string,
  recipe: (f: UiField) => UiField,
): FormDefinition {
  const fields = { ...(form.ui?.fields ?? {}) };
  const next = recipe(fields[path] ?? {});
  if (Object.keys(next).length === 0) delete fields[path];
  else fields[path] = next;
  const { fields: _old, ...ui } = form.ui ?? {};
  return { ...form, ui: Object.keys(fields).length > 0 ? { ...ui, fields } : ui };
}

/** A key of a field's UI entry set, or removed when `value` is undefined. */
export const setUi = <K extends keyof UiField>(
  form: FormDefinition,
  path: string,
  key: K,
  value: UiField[K],
) =>
  updateUi(form, path, (f) => {
    const { [key]: _old, ...rest } = f;
    return value === undefined ? rest : { ...f, [key]: value };
  });

export function setRequired(form: FormDefinition, path: string, required: boolean): FormDefinition {
  const { container, key } = splitPath(path);
  return updateSchema(form, container, (holder) => {
    const list = Array.isArray(holder.required) ? holder.required.map(String) : [];
    const next = required ? [...new Set([...list, key])] : list.filter((k) => k !== key);
    const { required: _old, ...rest } = holder;
    return next.length > 0 ? { ...holder, required: next } : rest;
  });
}

function setOrder(form: FormDefinition, container: string, keys: string[]): FormDefinition {
  return { ...form, ui: { ...form.ui, order: { ...form.ui?.order, [container]: keys } } };
}

/** A key for a new field, unused in its container: "text_1", "text_2"… */
function freshKey(form: FormDefinition, container: string, kind: FieldKind): string {
  const taken = new Set(orderedKeys(form, container));
  let n = 1;
  while (taken.has(`${kind}_${n}`)) n++;
  return `${kind}_${n}`;
}

/**
 * A new field of `kind` in `container`, at `index` (default: last), named `label`. The order is written in the UI
 * schema only when the field does not go last, or when the container already has one.
 */
export function addField(
  form: FormDefinition,
  container: string,
  kind: FieldKind,
  label: Localized,
  index?: number,
): { form: FormDefinition; path: string } {
  const key = freshKey(form, container, kind);
  const path = join(container, key);
  const field = newField(kind, label);
  const keys = orderedKeys(form, container);
  let next = updateSchema(form, container, (holder) => ({
    ...holder,
    properties: { ...(isObject(holder.properties) ? holder.properties : {}), [key]: field.schema },
  }));
  next = updateUi(next, path, () => field.ui);
  const at = index ?? keys.length;
  if (at < keys.length || form.ui?.order?.[container])
    next = setOrder(next, container, [...keys.slice(0, at), key, ...keys.slice(at)]);
  return { form: next, path };
}

/** The field at `from` in its container moved to `to` (both indexes in the order shown). */
export function moveField(form: FormDefinition, container: string, from: number, to: number): FormDefinition {
  const keys = orderedKeys(form, container);
  if (from === to || to < 0 || to >= keys.length) return form;
  const [moved] = keys.splice(from, 1);
  keys.splice(to, 0, moved);
  return setOrder(form, container, keys);
}

/** A field removed with all it holds: its schema, its place in `required` and in the order, its UI entries. */
export function removeField(form: FormDefinition, path: string): FormDefinition {
  const { container, key } = splitPath(path);
  let next = setRequired(form, path, false);
  next = updateSchema(next, container, (holder) => {
    const properties = { ...(isObject(holder.properties) ? holder.properties : {}) };
    delete properties[key];
    return { ...holder, properties };
  });
  const within = (p: string) => p === path || p.startsWith(`${path}.`);
  const ui = { ...next.ui };
  if (ui.fields) ui.fields = Object.fromEntries(Object.entries(ui.fields).filter(([p]) => !within(p)));
  if (ui.order) {
    const order = Object.fromEntries(Object.entries(ui.order).filter(([p]) => !within(p)));
    if (order[container]) order[container] = order[container].filter((k) => k !== key);
    ui.order = order;
  }
  return { ...next, ui };
}

/** Whether a path names a field of the form (it may have gone with an undo). */
export const exists = (form: FormDefinition, path: string): boolean =>
  segments(path).length > 0 && schemaAt(form.schema, path) !== undefined;
