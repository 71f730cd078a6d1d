/**
 * Walks a rule without recursion, so that neither a 100,000-level nesting nor a million nodes can overflow
 * the stack: it stops descending past maxDepth and stops altogether past maxNodes.
 */
import { pointer } from '../problems.ts';
import type { RuleLimits } from './limits.ts';
import { OPERATORS } from './operators/index.ts';

export interface OperatorVisit {
  op: string;
  args: unknown;
  /** JSON pointer of the operator's object. */
  path: string;
  /** How many iterator / try scopes enclose it: 0 means it reads the form's data. */
  scope: number;
}

export interface WalkEvents {
  operator?(visit: OperatorVisit): void;
  /** An object with several keys: data, not a rule. */
  notARule?(path: string, keys: number): void;
  tooDeep?(path: string): void;
  tooLarge?(path: string): void;
}

interface Entry {
  node: unknown;
  path: string;
  depth: number;
  scope: number;
}

export function walkRule(rule: unknown, path: string, limits: RuleLimits, on: WalkEvents): void {
  const stack: Entry[] = [{ node: rule, path, depth: 0, scope: 0 }];
  // Nodes are counted as they are found, so a million-item list is refused before any of it is stacked.
  let count = 1;
  let deepReported = false;
  const found = (n: number, at: string): boolean => {
    count += n;
    if (count <= limits.maxNodes) return true;
    on.tooLarge?.(at);
    return false;
  };
  // Children go on the stack last-first, so events come in document order.
  const pushAll = (
    items: readonly unknown[],
    base: string,
    depth: number,
    scopeOf: (i: number) => number,
  ) => {
    for (let i = items.length - 1; i >= 0; i--) {
      stack.push({ node: items[i], path: base + pointer(i), depth, scope: scopeOf(i) });
    }
  };
  while (stack.length > 0) {
    const { node, path: at, depth, scope } = stack.pop() as Entry;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limits.maxDepth) {
      if (!deepReported) on.tooDeep?.(at);
      deepReported = true;
      continue;
    }
    if (Array.isArray(node)) {
      if (!found(node.length, at)) return;
      pushAll(node, at, depth + 1, () => scope);
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length === 0) continue;
    if (keys.length > 1) {
      on.notARule?.(at, keys.length);
      continue;
    }
    const op = keys[0];
    const args = (node as Record<string, unknown>)[op];
    on.operator?.({ op, args, path: at, scope });
    const operator = OPERATORS.get(op);
    if (operator?.raw) continue;
    const base = at + pointer(op);
    const inner = operator?.inner;
    // An operator's argument list is part of the operator: it adds no level and no node of its own.
    if (Array.isArray(args)) {
      if (!found(args.length, at)) return;
      pushAll(args, base, depth + 1, (i) => (inner?.(i) ? scope + 1 : scope));
    } else {
      if (!found(1, at)) return;
      stack.push({ node: args, path: base, depth: depth + 1, scope });
    }
  }
}
