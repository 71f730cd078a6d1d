import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { localizeError } from '../forms/index.ts';
import type { NodeType } from '../nodes/types.ts';
import { problem, type Problem } from '../problems.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new WeakMap<NodeType, ValidateFunction>();

/** A node's configuration checked against its type's config schema. */
export function lintNodeConfig(type: NodeType, config: unknown, path: string): Problem[] {
  let validate = compiled.get(type);
  if (!validate) {
    validate = ajv.compile(type.configSchema);
    compiled.set(type, validate);
  }
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => {
    const { path: at, message } = localizeError(error);
    return problem('NODE_CONFIG_INVALID', path + at, message);
  });
}
