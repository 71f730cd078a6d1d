/** Reading values out of data by path: own properties only, never the prototype chain. */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenSegment(segment: string): boolean {
  return FORBIDDEN.has(segment);
}

/**
 * Splits a `var` path on dots. A backslash escapes a dot, a slash or itself ("a\.b" is one key), and a path
 * made only of dots names that many empty keys ("." is the key "", ".." the key "" inside the key "").
 */
export function splitVarPath(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  let onlyDots = true;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === '\\' && i + 1 < path.length && '.\\/'.includes(path[i + 1])) {
      current += path[++i];
      onlyDots = false;
    } else if (ch === '.') {
      segments.push(current);
      current = '';
    } else {
      current += ch;
      onlyDots = false;
    }
  }
  if (!onlyDots) segments.push(current);
  return segments;
}

/** One step down: an own property of an object or array, else undefined. */
export function child(container: unknown, key: string): unknown {
  if (container === null || typeof container !== 'object') return undefined;
  if (FORBIDDEN.has(key) || !Object.hasOwn(container, key)) return undefined;
  return (container as Record<string, unknown>)[key];
}

/** The value at a path, or undefined when any step is missing. */
export function valueAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    current = child(current, segments[i]);
    if (current === undefined) return undefined;
  }
  return current;
}

/** Whether every step of the path is an own property (the last may hold null). */
export function hasPath(data: unknown, segments: readonly string[]): boolean {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    if (
      current === null ||
      typeof current !== 'object' ||
      FORBIDDEN.has(key) ||
      !Object.hasOwn(current, key)
    ) {
      return false;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/** The path a `var` argument names: null/"" is the whole data, numbers are indexes; anything else names nothing. */
export function varSegments(path: unknown): string[] | undefined {
  if (path === null || path === undefined || path === '') return [];
  if (typeof path === 'number') return [String(path)];
  if (typeof path === 'string') return splitVarPath(path);
  return undefined;
}
