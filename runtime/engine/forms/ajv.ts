/** The ajv instances behind the form validator: one per compiled form, one shared to check schemas. */
import Ajv2020, { type CodeOptions, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const DIALECT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * What a validator reports: `all` errors (every problem at once: the citizen fixes the whole form in one go);
 * `explained` errors, carrying their schema, which names the field and the alternative they came from; or only
 * whether the data is valid (`first`: it stops at the first error).
 * `explained` makes the generated code about 3× slower even on valid data, so a form has a `first` validator for
 * valid data, and an `explained` one compiled lazily for data already known to be invalid. `first` also keeps the
 * function small: V8 does not optimize a function past 60 KB of bytecode, which a 100-field form reaches when
 * every keyword carries its error-collecting code.
 */
export type Reporting = 'all' | 'explained' | 'first';

/**
 * A fresh instance per form, so that `$id`s of different forms (or versions of one form) never collide.
 * - strict off: real forms carry annotations ajv does not know (enumNames, metamodel_version …);
 * - messages off: the product localizes every message itself;
 * - ownProperties: a field named "constructor" or "toString" is not present just because every object inherits it;
 * - validateSchema off: the shared meta-validator checks schemas once, instead of compiling the
 *   2020-12 meta-schema again for each form (≈ 30 ms each).
 * `code` is for the server, which keeps the generated code (`{source: true}`) to serve as a standalone module.
 */
export function formAjv(
  schemas: Readonly<Record<string, unknown>> = {},
  reporting: Reporting = 'all',
  code?: CodeOptions,
): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: reporting !== 'first',
    verbose: reporting === 'explained',
    messages: false,
    logger: false,
    validateSchema: false,
    ownProperties: true,
    ...(code ? { code } : {}),
  });
  addFormats(ajv);
  for (const [uri, schema] of Object.entries(schemas)) ajv.addSchema(schema as object, uri);
  return ajv;
}

let meta: ValidateFunction | undefined;

/** Checks a schema against the 2020-12 meta-schema; the errors, or null when it conforms. */
export function metaErrors(schema: unknown): ErrorObject[] | null {
  if (!meta) {
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, logger: false });
    addFormats(ajv);
    meta = ajv.getSchema(DIALECT_2020);
    if (!meta) throw new Error('ajv lacks the 2020-12 meta-schema');
  }
  return meta(schema) ? null : (meta.errors ?? []);
}
