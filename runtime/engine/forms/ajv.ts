/** The ajv instances behind the form validator: one per compiled form, one shared to check schemas. */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const DIALECT_2020 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * A fresh instance per form, so that `$id`s of different forms (or versions of one form) never collide.
 * - strict off: real forms carry annotations ajv does not know (enumNames, metamodel_version …);
 * - allErrors: every problem is reported at once (the citizen fixes the whole form in one go);
 * - messages off: the product localizes every message itself;
 * - ownProperties: a field named "constructor" or "toString" is not present just because every object inherits it;
 * - validateSchema off: the shared meta-validator checks schemas once, instead of compiling the
 *   2020-12 meta-schema again for each form (≈ 30 ms each).
 * `verbose` (errors carry their schema, which names the field and the alternative they came from) makes the
 * generated code about 3× slower even on valid data, so it is used only for a second, lazily compiled validator
 * that runs when the data is already known to be invalid.
 */
export function formAjv(schemas: Readonly<Record<string, unknown>> = {}, verbose = false): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose,
    messages: false,
    logger: false,
    validateSchema: false,
    ownProperties: true,
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
