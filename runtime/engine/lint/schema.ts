import type { ValidateFunction } from 'ajv';
import procedureSchema from '../../../schemas/procedure.schema.json' with { type: 'json' };
import { formAjv } from '../forms/ajv.ts';
import { localizeError } from '../forms/index.ts';
import { problem, type Localized, type Problem } from '../problems.ts';
import { message } from '../messages/index.ts';

// Compiled on first use, not on import: a page whose policy forbids compiling code can still load the engine.
let validateDefinition: ValidateFunction | undefined;

/** Shape errors against the definition language's JSON Schema, each at its JSON pointer. */
export function lintSchema(definition: unknown): Problem[] {
  return schemaProblems(
    (validateDefinition ??= formAjv().compile(procedureSchema)),
    definition,
    'DEFINITION_SCHEMA',
    message('lint.procedureDefinition'),
  );
}

/**
 * Runs a compiled validator and turns its errors into problems, one per place and message; `subject` names the
 * whole value in a message about it (not "the form data").
 */
export function schemaProblems(
  validate: ValidateFunction,
  value: unknown,
  code: string,
  subject: Localized,
  base = '',
): Problem[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((error) => {
    const { path, message } = localizeError(error, undefined, subject);
    const key = `${path} ${message.en}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem(code, base + path, message)];
  });
}
