/**
 * How the renderer asks whether the answers are valid. It never judges by itself: the schema's validator is the
 * engine's (compiled here, live, for the designer, whose pages may compile code) or one the host hands in (the
 * portal's, compiled ahead per published version, since its pages may not run `new Function`); the form's checks
 * and the order of the two are the engine's `formErrors`, as on the server.
 */
import type { FormDefinition } from '../../../../schemas/procedure.ts';
import {
  compileForm,
  formErrors,
  isPlainObject,
  PROCEDURE_FORM,
  type FieldError,
  type IsVisible,
  type Problem,
  type SchemaValidator,
} from '../../../engine/index.ts';

/** A schema validator: the errors of the whole form's data, at most one per field, each at its JSON pointer. */
export type FormValidator = SchemaValidator;

const NO_ERRORS: FieldError[] = [];

export interface LiveValidatorOptions {
  /**
   * Read the schema as a procedure's e-form (closed and bounded, as the server reads it): the default. Off for
   * plain JSON Schema (a node type's configuration, an imported form).
   */
  procedure?: boolean;
}

/** The engine's validator for a form's schema, compiled in the page on first use. */
export interface LiveValidator {
  validate: FormValidator;
  /** Why the schema cannot be used, if it cannot (compiles it, if that was not done yet). */
  problems(): Problem[] | undefined;
}

/**
 * The engine's validator for a form's schema, compiled in the page (ajv compiles to code: not for pages under a
 * CSP without 'unsafe-eval') the first time it is asked — never on the way to the form's first paint. A schema
 * that cannot be used finds no errors and says why through `problems`.
 */
export function liveValidator(
  form: FormDefinition,
  { procedure = true }: LiveValidatorOptions = {},
): LiveValidator {
  let compiled: ReturnType<typeof compileForm> | undefined;
  const get = () => (compiled ??= compileForm(form, procedure ? PROCEDURE_FORM : undefined));
  return {
    validate(data, isVisible) {
      const c = get();
      return 'problems' in c ? NO_ERRORS : c.validate(data, isVisible);
    },
    problems() {
      const c = get();
      return 'problems' in c ? c.problems : undefined;
    },
  };
}

/**
 * The whole judgement of the answers: the schema's errors, then the form's checks (with "today" from `now`). A
 * check whose rule cannot run says nothing here; the server names it when the data is handed in.
 */
export function judge(
  form: FormDefinition,
  validate: FormValidator,
  now: () => number,
): (data: unknown, isVisible: IsVisible) => FieldError[] {
  return (data, isVisible) => {
    try {
      const errors = isPlainObject(data)
        ? formErrors(form, data, isVisible, { now: now() }, validate)
        : validate(data, isVisible);
      return Array.isArray(errors) ? errors : NO_ERRORS;
    } catch {
      const errors = validate(data, isVisible);
      return Array.isArray(errors) ? errors : NO_ERRORS;
    }
  };
}
