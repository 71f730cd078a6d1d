/** JSON pointers into form data, and the dot paths JSON Logic and the UI schema use for the same fields. */
import { isIndex } from './schema-walk.ts';

export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "/children/0/name" → "children.0.name". */
export function dotPath(path: string): string {
  return segmentsOf(path).join('.');
}

/** "/children/0/name" → "children.*.name": the UI schema may key array item fields without an index. */
export function dotPathAnyIndex(path: string): string {
  return segmentsOf(path)
    .map((s) => (isIndex(s) ? '*' : s))
    .join('.');
}

/** Orders pointers segment by segment, array indices numerically ("/a/2" before "/a/10"), parents first. */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const x = segmentsOf(a);
  const y = segmentsOf(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (isIndex(x[i]) && isIndex(y[i])) return Number(x[i]) - Number(y[i]);
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** True when `path` is `ancestor` or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(ancestor + '/');
}
