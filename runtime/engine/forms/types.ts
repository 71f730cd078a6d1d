/** The shapes the form validator hands out. */
import type { Localized } from '../problems.ts';

/** One problem with the data of a form, placed on the field it concerns. */
export interface FieldError {
  /** JSON pointer into the data ("/child/birthDate"); "" for the form as a whole. */
  path: string;
  /** Stable code: FORM_<KEYWORD> (FORM_REQUIRED, FORM_TYPE, FORM_FORMAT …) or FORM_INVALID. */
  code: string;
  message: Localized;
}

/** Answers whether a field (dot notation, array indices as numbers: "children.0.name") is shown. */
export type IsVisible = (fieldPath: string) => boolean;

export interface CompiledForm {
  /**
   * The errors of `data`, at most one per field, sorted by path. Errors on hidden fields, and below them, are
   * dropped. Valid data yields a shared, frozen empty array (no allocation on the happy path).
   */
  validate(data: unknown, isVisible?: IsVisible): FieldError[];
}

export interface CompileOptions {
  /** Other schema documents by URI, for `$ref`s that leave the form (shared definitions, test-suite remotes). */
  schemas?: Readonly<Record<string, unknown>>;
  /** Refuse undeclared properties and bound open sizes (bounds.ts): how a procedure's form is read. */
  bounded?: boolean;
}
