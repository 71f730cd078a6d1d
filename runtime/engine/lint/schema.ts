import type { ValidateFunction } from 'ajv';
import procedureSchema from '../../../schemas/procedure.schema.json' with { type: 'json' };
import { formAjv } from '../forms/ajv.ts';
import { localizeError } from '../forms/index.ts';
import { MAX_DURATION } from '../nodes/types.ts';
import { problem, type Problem } from '../problems.ts';

// JSON cannot import the engine's bound on a duration, so the schema repeats it; refuse to load if they drift.
if (procedureSchema.$defs.duration.properties.value.maximum !== MAX_DURATION) {
  throw new Error('procedure.schema.json: $defs.duration.properties.value.maximum must equal MAX_DURATION');
}

const validateDefinition = formAjv().compile(procedureSchema);

/** Shape errors against the definition language's JSON Schema, each at its JSON pointer. */
export function lintSchema(definition: unknown): Problem[] {
  return schemaProblems(validateDefinition, definition, 'DEFINITION_SCHEMA');
}

/** Runs a compiled validator and turns its errors into problems, one per place and message. */
export function schemaProblems(
  validate: ValidateFunction,
  value: unknown,
  code: string,
  base = '',
): Problem[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((error) => {
    const { path, message } = localizeError(error);
    const key = `${path} ${message.en}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem(code, base + path, message)];
  });
}
