/**
 * What a field is called in messages: its UI label when the form has one, else the schema's `title`.
 * Looked up only when there are errors, and remembered per form.
 */
import type { UiSchema } from '../../../schemas/procedure.ts';
import type { Localized } from '../problems.ts';
import { childSchemas, inPlace, isSchemaObject, resolveLocalRef } from './schema-walk.ts';
import { dotPath, dotPathAnyIndex, segmentsOf } from './pointers.ts';

export interface Labels {
  /** The label of the field at a data pointer, if the form gives it one. */
  labelAt(path: string): Localized | undefined;
}

/** The `title` of the schema describing the data at `segments`, the field's own before its `$ref` target's. */
export function schemaTitleAt(root: unknown, segments: string[]): string | undefined {
  let nodes: unknown[] = [root];
  for (const segment of segments) {
    nodes = nodes.flatMap((n) =>
      inPlace(root, n).flatMap((s) => (s === true ? [] : childSchemas(s, segment))),
    );
    if (nodes.length === 0) return undefined;
  }
  // The field's own schema and what its $ref names; a title inside anyOf/oneOf names an option, not the field.
  for (const n of nodes) {
    let s: unknown = n;
    for (let hops = 0; isSchemaObject(s) && hops < 8; hops++) {
      if (typeof s.title === 'string' && s.title.trim() !== '') return s.title;
      s = typeof s.$ref === 'string' ? resolveLocalRef(root, s.$ref) : undefined;
    }
  }
  return undefined;
}

export function formLabels(schema: unknown, ui: UiSchema | undefined): Labels {
  const memo = new Map<string, Localized | undefined>();
  const find = (path: string): Localized | undefined => {
    const fields = ui?.fields;
    const label = fields?.[dotPath(path)]?.label ?? fields?.[dotPathAnyIndex(path)]?.label;
    if (label) return label;
    const title = schemaTitleAt(schema, segmentsOf(path));
    return title === undefined ? undefined : { vi: title, en: title };
  };
  return {
    labelAt(path) {
      if (!memo.has(path)) memo.set(path, find(path));
      return memo.get(path);
    },
  };
}
