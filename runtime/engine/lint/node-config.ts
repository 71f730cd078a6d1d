import type { ValidateFunction } from 'ajv';
import { formAjv } from '../forms/ajv.ts';
import type { NodeType } from '../nodes/types.ts';
import type { Problem } from '../problems.ts';
import { schemaProblems } from './schema.ts';
import { message } from '../messages/index.ts';

const ajv = formAjv();
const compiled = new WeakMap<NodeType, ValidateFunction>();

/** A node's configuration checked against its type's config schema. */
export function lintNodeConfig(type: NodeType, config: unknown, path: string): Problem[] {
  let validate = compiled.get(type);
  if (!validate) {
    validate = ajv.compile(type.configSchema);
    compiled.set(type, validate);
  }
  return schemaProblems(validate, config, 'NODE_CONFIG_INVALID', message('lint.nodeConfig'), path);
}
