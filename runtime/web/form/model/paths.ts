/**
 * Where a field's value lives: a JSON pointer into the form data ("/children/0/name", "" for the whole form), as
 * the engine's field errors name it. Values are never changed in place: a change copies the path to it, so that
 * every other field keeps its value object and does not re-render.
 */
import { isPlainObject, segmentsOf } from '../../../engine/index.ts';

export const ROOT = '';

export const childPath = (parent: string, key: string | number): string =>
  `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

export function getIn(value: unknown, path: string): unknown {
  let node = value;
  for (const segment of segmentsOf(path)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isPlainObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function setSegments(node: unknown, segments: string[], i: number, v: unknown): unknown {
  if (i === segments.length) return v;
  const key = segments[i];
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(key)] = setSegments(node[Number(key)], segments, i + 1, v);
    return copy;
  }
  const object = isPlainObject(node) ? node : {};
  const next = setSegments(object[key], segments, i + 1, v);
  if (next === undefined) {
    if (!Object.hasOwn(object, key)) return object;
    const { [key]: _removed, ...rest } = object;
    return rest;
  }
  return { ...object, [key]: next };
}

/** `value` with `v` at `path` (an object property set to undefined is removed), copied along the path only. */
export function setIn(value: unknown, path: string, v: unknown): unknown {
  return setSegments(value, segmentsOf(path), 0, v);
}

/** Whether `path` is `ancestor` or lies below it. */
export const isWithin = (path: string, ancestor: string): boolean =>
  ancestor === ROOT || path === ancestor || path.startsWith(ancestor + '/');

/** "a.b" of the UI schema and of JSON Logic → "/a/b". */
export const fromDotPath = (dot: string): string =>
  dot === '' ? ROOT : dot.split('.').reduce<string>(childPath, ROOT);
