import { fail } from '../errors.ts';
import { approval } from './approval.ts';
import { decision } from './decision.ts';
import { delivery } from './delivery.ts';
import { end } from './end.ts';
import { interagency } from './interagency.ts';
import { join } from './join.ts';
import { parallel } from './parallel.ts';
import { payment } from './payment.ts';
import { reception } from './reception.ts';
import { result } from './result.ts';
import { start } from './start.ts';
import { task } from './task.ts';
import type { NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/** Adding a node type is adding its module and one line here. */
const types = new Map(
  [
    start,
    reception,
    task,
    approval,
    decision,
    parallel,
    join,
    interagency,
    payment,
    result,
    delivery,
    end,
  ].map((t) => [t.type, t]),
);

/** Every node type by its `type`; read-only to its users, extended only through `registerNodeType`. */
export const NODE_TYPES: ReadonlyMap<string, NodeType> = types;

/**
 * Adds a node type that is not one of the engine's own modules: an extension's, or one a test defines. Call it at
 * start-up, before any definition is linted or run (results are cached per definition). Refuses a `type` that is
 * already registered: a built-in type is never replaced. Returns a function that removes it again (for tests).
 */
export function registerNodeType(type: NodeType): () => void {
  if (types.has(type.type)) {
    fail('NODE_TYPE_EXISTS', message('nodes.nodeTypeExists', { type: type.type }));
  }
  types.set(type.type, type);
  return () => void types.delete(type.type);
}

export function nodeType(type: string): NodeType {
  const found = NODE_TYPES.get(type);
  if (!found) fail('NODE_TYPE_UNKNOWN', message('nodes.nodeTypeUnknown', { type }));
  return found;
}
