import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import procedureSchema from '../../../schemas/procedure.schema.json' with { type: 'json' };
import { localizeError } from '../forms/index.ts';
import { problem, type Problem } from '../problems.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateDefinition = ajv.compile(procedureSchema);

/** Shape errors against the definition language's JSON Schema, each at its JSON pointer. */
export function lintSchema(definition: unknown): Problem[] {
  if (validateDefinition(definition)) return [];
  const seen = new Set<string>();
  return (validateDefinition.errors ?? []).flatMap((error) => {
    const { path, message } = localizeError(error);
    const key = `${path} ${message.en}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem('DEFINITION_SCHEMA', path, message)];
  });
}
