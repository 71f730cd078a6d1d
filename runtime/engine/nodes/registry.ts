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

/** Adding a node type is adding its module and one line here. */
export const NODE_TYPES: ReadonlyMap<string, NodeType> = new Map(
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

export function nodeType(type: string): NodeType {
  const found = NODE_TYPES.get(type);
  if (!found) fail('NODE_TYPE_UNKNOWN', `Loại bước "${type}" không tồn tại.`, `Unknown node type "${type}".`);
  return found;
}
