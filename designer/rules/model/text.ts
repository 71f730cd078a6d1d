/**
 * A rule as the raw view shows it, and typed text read back: where the JSON breaks, and where in the text a
 * problem's JSON pointer lands. Both use the JSON grammar the code editor highlights with, so the places agree
 * with what the person sees (browsers and Node word JSON.parse's errors differently, often without a place).
 */
import { jsonLanguage } from '@codemirror/lang-json';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { Rule } from '../../../schemas/procedure.ts';

export function ruleText(rule: Rule | undefined): string {
  return rule === undefined ? '' : JSON.stringify(rule, null, 2);
}

export interface TextRange {
  from: number;
  to: number;
  /** 1-based line of `from`. */
  line: number;
}

function rangeAt(text: string, from: number, to: number): TextRange {
  return { from, to, line: text.slice(0, from).split('\n').length };
}

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** The rule in the text (undefined for an empty text: no rule), or where the JSON breaks. */
export function readRuleText(text: string): { rule: Rule | undefined } | { syntax: TextRange } {
  if (text.trim() === '') return { rule: undefined };
  try {
    return { rule: JSON.parse(text) as Rule };
  } catch {
    let at = text.length;
    jsonLanguage.parser.parse(text).iterate({
      enter(node) {
        if (node.type.isError && node.from < at) at = node.from;
      },
    });
    return { syntax: rangeAt(text, at, Math.min(text.length, at + 1)) };
  }
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The value node one pointer segment below `node`, if the text has it. */
function below(text: string, node: SyntaxNode, segment: string): SyntaxNode | undefined {
  if (node.name === 'Array') {
    const items = children(node).filter((c) => VALUES.has(c.name));
    return /^\d+$/.test(segment) ? items[Number(segment)] : undefined;
  }
  if (node.name !== 'Object') return undefined;
  for (const property of children(node).filter((c) => c.name === 'Property')) {
    const [name, ...rest] = children(property);
    let key: unknown;
    try {
      key = JSON.parse(text.slice(name.from, name.to));
    } catch {
      continue;
    }
    if (key === segment) return rest.find((c) => VALUES.has(c.name));
  }
  return undefined;
}

/**
 * Where a JSON pointer below the rule ("/if/2") is in the text: the deepest part the text has, the whole rule at
 * worst. Pointer segments are RFC 6901 (~1 is "/", ~0 is "~").
 */
export function locate(
  text: string,
  pointer: string,
  tree: Tree = jsonLanguage.parser.parse(text),
): TextRange {
  let node = tree.topNode.firstChild ?? tree.topNode;
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    const next = below(text, node, segment);
    if (!next) break;
    node = next;
  }
  return rangeAt(text, node.from, node.to);
}
