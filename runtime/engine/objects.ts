/** A JSON object, as opposed to null, an array or a scalar: the one test the engine makes of untyped input. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
