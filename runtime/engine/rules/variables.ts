/** The form variables a rule reads, found from its literal paths. */
import { ENGINE_LIMITS } from './limits.ts';
import { isForbiddenSegment, splitVarPath } from './paths.ts';
import { walkRule, type OperatorVisit } from './walk.ts';

export interface VariableRef {
  /** The path as the rule writes it ("child.birthDate"; val's keys joined with dots). */
  path: string;
  segments: string[];
  /** Whether it reads the form's data (not an iterator's item or a caught error). */
  form: boolean;
}

function asKey(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}

function fromVarPath(raw: unknown, form: boolean): VariableRef[] {
  const path = asKey(raw);
  if (path === undefined || path === '') return [];
  return [{ path, segments: typeof raw === 'number' ? [path] : splitVarPath(path), form }];
}

/** val / exists: a list of literal keys; a leading [n] climbs n levels, and reaches the form at 2 per scope. */
function fromKeys(args: unknown, scope: number): VariableRef[] {
  const list = Array.isArray(args) ? args : [args];
  let keys = list;
  let level = scope;
  if (Array.isArray(list[0])) {
    const n = Math.abs(Number(list[0][0]));
    if (!Number.isInteger(n) || n % 2 === 1 || n / 2 > scope) return [];
    level = scope - n / 2;
    keys = list.slice(1);
  }
  const segments = keys.map(asKey);
  if (segments.length === 0 || segments.some((s) => s === undefined)) return [];
  return [{ path: segments.join('.'), segments: segments as string[], form: level === 0 }];
}

/** Literal variable references made by one operator node (computed paths cannot be known before running). */
export function referencesOf({ op, args, scope }: OperatorVisit): VariableRef[] {
  const form = scope === 0;
  switch (op) {
    case 'var':
      return fromVarPath(Array.isArray(args) ? args[0] : args, form);
    case 'val':
    case 'exists':
      return fromKeys(args, scope);
    case 'missing': {
      const list = Array.isArray(args) ? (Array.isArray(args[0]) ? args[0] : args) : [args];
      return list.flatMap((k) => fromVarPath(k, form));
    }
    case 'missing_some':
      return Array.isArray(args) && Array.isArray(args[1])
        ? args[1].flatMap((k) => fromVarPath(k, form))
        : [];
    default:
      return [];
  }
}

export function isForbiddenRef(ref: VariableRef): boolean {
  return ref.segments.some(isForbiddenSegment);
}

/** The form variable paths a rule reads, literal paths only, each once, in order of appearance. */
export function ruleVariables(rule: unknown): string[] {
  const seen = new Set<string>();
  walkRule(rule, '', ENGINE_LIMITS, {
    operator(visit) {
      for (const ref of referencesOf(visit)) {
        if (ref.form && !isForbiddenRef(ref)) seen.add(ref.path);
      }
    },
  });
  return [...seen];
}
