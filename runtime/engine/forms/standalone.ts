/**
 * A form's validators as standalone code (ajv's standalone mode), for pages whose Content-Security-Policy forbids
 * `new Function` (the portal): the server compiles one module per published version and serves it; the page
 * imports it and judges answers with it as compileForm's validators do (same schema, same options, same errors).
 */
import equal from 'ajv/dist/runtime/equal.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import uri from 'ajv/dist/runtime/uri.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { ValidateFunction } from 'ajv';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import type { Problem } from '../problems.ts';
import { formAjv, type Reporting } from './ajv.ts';
import { formFromValidators, formSchema, PROCEDURE_FORM } from './compile.ts';
import { compileProblem } from './schema-problems.ts';
import type { CompiledForm, CompileOptions } from './types.ts';

/** What the served module's default export gives: the form's schema as compiled, and its two validators. */
export interface StandaloneValidators {
  schema: unknown;
  first: ValidateFunction;
  explained: ValidateFunction;
}

export interface StandaloneModule {
  default: (require: (id: string) => unknown) => StandaloneValidators;
}

/** One validator's code, as a function of `module` (ajv writes CommonJS: `module.exports = validate…`). */
function validatorCode(schema: unknown, reporting: Reporting, options: CompileOptions): string {
  const ajv = formAjv(options.schemas, reporting, { source: true });
  return `(module) => {\n${standaloneCode(ajv, ajv.compile(schema as object))}\n}`;
}

/**
 * The ES module of a procedure's form validators: `export default (require) => ({schema, first, explained})`.
 * `require` gives the few runtime helpers ajv's code names (STANDALONE_RUNTIME): the page bundles them, so the
 * module runs no code that is not in the module or the page.
 */
export function standaloneFormModule(
  form: FormDefinition,
  options: CompileOptions = PROCEDURE_FORM,
): { code: string } | { problems: Problem[] } {
  const prepared = formSchema(form, options);
  if ('problems' in prepared) return prepared;
  try {
    const code = [
      '// The form validators of one published version, compiled ahead by ajv (standalone mode).',
      'export default function formValidators(require) {',
      '  const load = (build) => { const module = { exports: {} }; build(module); return module.exports; };',
      '  return {',
      `    schema: ${JSON.stringify(prepared.schema)},`,
      `    first: load(${validatorCode(prepared.schema, 'first', options)}),`,
      `    explained: load(${validatorCode(prepared.schema, 'explained', options)}),`,
      '  };',
      '}',
      '',
    ].join('\n');
    return { code };
  } catch (err) {
    return { problems: [compileProblem(err, prepared.schema)] };
  }
}

/** A CommonJS module's `default` export, however the bundler or Node hands it over. */
const cjsDefault = (m: unknown): unknown =>
  typeof m === 'function' ? m : (m as { default: unknown }).default;

/** The runtime helpers that ajv's standalone code requires, by the module names it writes. */
export const STANDALONE_RUNTIME: Readonly<Record<string, unknown>> = Object.freeze({
  'ajv/dist/runtime/equal': { default: cjsDefault(equal) },
  'ajv/dist/runtime/ucs2length': { default: cjsDefault(ucs2length) },
  'ajv/dist/runtime/uri': { default: cjsDefault(uri) },
  'ajv-formats/dist/formats': { fullFormats },
});

function runtimeRequire(id: string): unknown {
  const found = STANDALONE_RUNTIME[id];
  if (!found) throw new Error(`the form validator module requires "${id}", which the page does not provide`);
  return found;
}

/** The form judged by its served validator module, as compileForm judges it with the same options. */
export function standaloneForm(form: FormDefinition, module: StandaloneModule): CompiledForm {
  const { schema, first, explained } = module.default(runtimeRequire);
  return formFromValidators(first, () => explained, schema, form.ui);
}
