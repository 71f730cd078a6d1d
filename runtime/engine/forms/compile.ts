/**
 * compileForm: a form definition's schema compiled once (per definition object, so per published version) into a
 * validator that returns localized field errors.
 */
import type { ValidateFunction } from 'ajv';
import type { FormDefinition, UiSchema } from '../../../schemas/procedure.ts';
import { problem, type Problem } from '../problems.ts';
import type { CompiledForm, CompileOptions, FieldError, IsVisible } from './types.ts';
import { formAjv, metaErrors } from './ajv.ts';
import { checkDialect } from './dialect.ts';
import { compileProblem, metaSchemaProblems } from './schema-problems.ts';
import { formLabels, type Labels } from './labels.ts';
import { localizeError } from './localize.ts';
import { Reach, selectErrors } from './select.ts';
import { isSchemaObject } from './schema-walk.ts';
import { boundedSchema } from './bounds.ts';
import { message } from '../messages/index.ts';

export type CompileResult = CompiledForm | { problems: Problem[] };

/** Valid data yields this: nothing to allocate on the happy path, and frozen so no caller can fill it. */
const NO_ERRORS = Object.freeze([]) as unknown as FieldError[];

const NOT_CHECKED: FieldError = Object.freeze({
  path: '',
  code: 'FORM_NOT_CHECKED',
  message: Object.freeze(message('forms.formNotChecked')),
});

const DEFAULT_OPTIONS: CompileOptions = Object.freeze({});
/** A procedure's form: closed and bounded (bounds.ts). Plain JSON Schema is for conformance and imports. */
export const PROCEDURE_FORM: CompileOptions = Object.freeze({ bounded: true });
/** Per options object, per form object: a definition version is immutable, so its identity is its version. */
const caches = new WeakMap<CompileOptions, WeakMap<object, CompileResult>>();
let compilations = 0;

/** How many schemas have been compiled since the module loaded (for tests of the cache). */
export function compileCount(): number {
  return compilations;
}

/**
 * A form judged by validators compiled from `schema` (formSchema's): `fast` for the verdict (reporting `first`),
 * `detailed` for the errors of invalid data (`explained`), asked for on the first invalid data. The engine builds
 * them itself (compileForm), the portal receives them compiled ahead (ajv's standalone code).
 */
export function formFromValidators(
  fast: ValidateFunction,
  detailed: () => ValidateFunction,
  schema: unknown,
  ui: UiSchema | undefined,
): CompiledForm {
  // Built on the first invalid data only: the happy path needs none of them.
  let explain: ValidateFunction | undefined;
  let labels: Labels | undefined;
  let reach: Reach | undefined;
  return {
    validate(data: unknown, isVisible?: IsVisible): FieldError[] {
      try {
        if (fast(data)) return NO_ERRORS;
        explain ??= detailed();
        explain(data);
      } catch {
        // ajv recursion without end (a $dynamicRef cycle, data nested beyond the stack): say so, never throw.
        return [NOT_CHECKED];
      }
      labels ??= formLabels(schema, ui);
      reach ??= new Reach(schema);
      const chosen = selectErrors(explain.errors ?? fast.errors ?? [], reach, isVisible);
      if (chosen.length === 0) return NO_ERRORS;
      const l = labels;
      return chosen.map((e) => localizeError(e, l));
    },
  };
}

/** The schema a form is compiled from (its dialect checked; closed and bounded if asked), or why it cannot be. */
export function formSchema(
  form: FormDefinition,
  options: CompileOptions = DEFAULT_OPTIONS,
): { schema: unknown } | { problems: Problem[] } {
  const known = options.schemas ?? {};
  const raw: unknown = form.schema;
  if (typeof raw !== 'boolean' && !isSchemaObject(raw)) {
    return {
      problems: [problem('FORM_SCHEMA_INVALID', '/form/schema', message('forms.formSchemaInvalid'))],
    };
  }
  let schema: unknown = raw;
  if (isSchemaObject(raw)) {
    const dialect = checkDialect(raw, known);
    if ('problem' in dialect) return { problems: [dialect.problem] };
    schema = dialect.schema;
  }
  const errors = metaErrors(schema);
  if (errors) return { problems: metaSchemaProblems(errors) };
  if (options.bounded && isSchemaObject(schema)) schema = boundedSchema(schema);
  return { schema };
}

/** A schema compiled: its validators, or why it cannot be used. */
type CompiledSchema =
  { fast: ValidateFunction; detailed: () => ValidateFunction; schema: unknown } | { problems: Problem[] };

function compileSchema(form: FormDefinition, options: CompileOptions): CompiledSchema {
  compilations++;
  const known = options.schemas ?? {};
  let schema: unknown;
  try {
    const prepared = formSchema(form, options);
    if ('problems' in prepared) return prepared;
    schema = prepared.schema;
    const fast = formAjv(known, 'first').compile(schema as object);
    // Compiled on first use; if it cannot be (it compiled once already), the fast validator's first error serves.
    const detailed = (): ValidateFunction => {
      try {
        return formAjv(known, 'explained').compile(schema as object);
      } catch {
        return fast;
      }
    };
    return { fast, detailed, schema };
  } catch (err) {
    return { problems: [compileProblem(err, schema ?? form.schema)] };
  }
}

/** Per options object, per schema object: a form whose UI schema alone changed (a label) is not compiled again. */
const schemaCaches = new WeakMap<CompileOptions, WeakMap<object, CompiledSchema>>();

function build(form: FormDefinition, options: CompileOptions): CompileResult {
  const raw: unknown = form.schema;
  let compiled: CompiledSchema | undefined;
  if (isSchemaObject(raw)) {
    let cache = schemaCaches.get(options);
    if (!cache) schemaCaches.set(options, (cache = new WeakMap()));
    compiled = cache.get(raw);
    if (!compiled) cache.set(raw, (compiled = compileSchema(form, options)));
  } else compiled = compileSchema(form, options);
  if ('problems' in compiled) return compiled;
  return formFromValidators(compiled.fast, compiled.detailed, compiled.schema, form.ui);
}

/**
 * Compiles the form's schema (JSON Schema 2020-12) once per form object and options object. A schema that cannot
 * be used yields FORM_SCHEMA_INVALID problems instead; this never throws.
 */
export function compileForm(form: FormDefinition, options: CompileOptions = DEFAULT_OPTIONS): CompileResult {
  if (!isSchemaObject(form)) {
    return {
      problems: [problem('FORM_SCHEMA_INVALID', '/form', message('forms.formNotObject'))],
    };
  }
  let cache = caches.get(options);
  if (!cache) caches.set(options, (cache = new WeakMap()));
  let result = cache.get(form);
  if (!result) cache.set(form, (result = build(form, options)));
  return result;
}

/**
 * Compiles (or reuses) a procedure's form, closed and bounded, and validates `data`; the compile problems if the
 * schema cannot be used.
 */
export function validateForm(
  form: FormDefinition,
  data: unknown,
  isVisible?: IsVisible,
): FieldError[] | { problems: Problem[] } {
  const compiled = compileForm(form, PROCEDURE_FORM);
  return 'problems' in compiled ? compiled : compiled.validate(data, isVisible);
}
