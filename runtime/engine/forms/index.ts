/** E-form validation: a procedure's form schema compiled once, data checked into localized field errors. */
export type { FieldError, CompiledForm, CompileOptions, IsVisible } from './types.ts';
export { compileForm, validateForm, PROCEDURE_FORM, type CompileResult } from './compile.ts';
export {
  standaloneForm,
  standaloneFormModule,
  STANDALONE_RUNTIME,
  type StandaloneModule,
} from './standalone.ts';
export { DEFAULT_BOUNDS, openBoundProblems } from './bounds.ts';
export { formVariables, formHasVariable, ANY_SEGMENT } from './variables.ts';
export { localizeError, errorPath } from './localize.ts';
export type { Labels } from './labels.ts';
