/**
 * Why a form schema cannot be used, as problems for the designer: code FORM_SCHEMA_INVALID, the pointer of the
 * offending keyword under /form/schema when it can be found, and a message in vi and en.
 */
import type { ErrorObject } from 'ajv';
import { problem, pointer, type Localized, type Problem } from '../problems.ts';
import { describe } from './messages.ts';
import { walkSchema } from './schema-walk.ts';
import { segmentsOf } from './pointers.ts';
import { message as text } from '../messages/index.ts';

const CODE = 'FORM_SCHEMA_INVALID';
const AT = '/form/schema';

const invalid = (detail: Localized): Localized => text('forms.formSchemaInvalidDetail', { detail });

/** For a wrong keyword value, what it must be is the useful part: the allowed values before the type. */
const PREFERENCE = ['enum', 'const', 'type', 'format', 'minimum', 'required'];
const preference = (k: string): number => {
  const i = PREFERENCE.indexOf(k);
  if (i >= 0) return i;
  return k === 'anyOf' || k === 'oneOf' || k === 'not' || k === 'if' ? 99 : 50;
};

/** Meta-schema errors, one problem per place in the schema. */
export function metaSchemaProblems(errors: readonly ErrorObject[]): Problem[] {
  const best = new Map<string, ErrorObject>();
  for (const e of errors) {
    const current = best.get(e.instancePath);
    if (!current || preference(e.keyword) < preference(current.keyword)) best.set(e.instancePath, e);
  }
  return [...best.values()].map((e) => {
    const keyword = segmentsOf(e.instancePath).pop();
    const subject = keyword ? text('forms.keywordValue', { keyword }) : text('forms.theSchema');
    const fieldName = (p: string): Localized => ({ vi: `“${p}”`, en: `“${p}”` });
    return problem(CODE, AT + e.instancePath, invalid(describe(e, { subject, fieldName }).message));
  });
}

/** The pointer of the first place in the schema that `test` picks out (segments below the node). */
function locate(
  schema: unknown,
  test: (node: Record<string, unknown>) => string[] | undefined,
): string | undefined {
  let found: string | undefined;
  walkSchema(schema, (node, segments) => {
    if (found !== undefined) return;
    const below = test(node);
    if (below !== undefined) found = pointer(...segments, ...below);
  });
  return found;
}

function badRegExp(source: unknown): boolean {
  if (typeof source !== 'string') return false;
  try {
    new RegExp(source, 'u');
    return false;
  } catch {
    return true;
  }
}

/** A schema that passed the meta-schema but that ajv could not compile (unresolvable $ref, bad pattern …). */
export function compileProblem(err: unknown, schema: unknown): Problem {
  const message = err instanceof Error ? err.message : String(err);
  const missing = (err as { missingRef?: unknown } | null)?.missingRef;
  if (typeof missing === 'string') {
    const ref = /can't resolve reference (\S+)/.exec(message)?.[1] ?? missing;
    const at = locate(schema, (n) =>
      n.$ref === ref ? ['$ref'] : n.$dynamicRef === ref ? ['$dynamicRef'] : undefined,
    );
    return problem(CODE, AT + (at ?? ''), invalid(text('forms.referenceCannotResolved', { ref })));
  }
  // ajv compiles patterns with the `u` flag; the meta-schema checks them without it.
  const regexp = locate(schema, (n) => {
    if (badRegExp(n.pattern)) return ['pattern'];
    const pp = n.patternProperties;
    const key = pp && typeof pp === 'object' ? Object.keys(pp).find(badRegExp) : undefined;
    return key === undefined ? undefined : ['patternProperties', key];
  });
  if (regexp !== undefined) {
    return problem(CODE, AT + regexp, invalid(text('forms.regularExpressionNotValid')));
  }
  return problem(CODE, AT, invalid(text('forms.schemaNotCompiled', { message })));
}
