/**
 * A long form paints its first screen first: the fields that fill it are rendered at once, the rest right after
 * in a transition, which React interrupts for anything the person does (a keystroke in the first field is not
 * kept waiting behind the 300th). Every field is in the page a moment later; nothing is left out.
 */
import { startTransition, useEffect, useState } from 'react';
import { fieldKind } from '../schema/kind.ts';
import { objectFields } from '../schema/layout.ts';
import { resolveSchema } from '../schema/resolve.ts';

/** A few screenfuls of fields, at a desktop's size as at a phone's. */
export const FIRST_SCREEN = 24;

const weights = new WeakMap<object, number>();

/** How many fields a property brings on screen (a group: all of its own; anything else: one). */
export function fieldWeight(root: unknown, schema: unknown, depth = 0): number {
  if (typeof schema !== 'object' || schema === null) return 1;
  const known = weights.get(schema);
  if (known !== undefined) return known;
  const r = resolveSchema(root, schema);
  const weight =
    depth < 4 && fieldKind(root, r).kind === 'object'
      ? objectFields(root, r, undefined, undefined, undefined).reduce(
          (sum, f) => sum + fieldWeight(root, f.schema, depth + 1),
          0,
        ) || 1
      : 1;
  weights.set(schema, weight);
  return weight;
}

/** How many of the items weighing `weights` to render now: those of the first screen, then (a moment later) all. */
export function useFirstScreen(weights: readonly number[]): number {
  let first = 0;
  for (let sum = 0; first < weights.length && sum < FIRST_SCREEN; first++) sum += weights[first];
  const [all, setAll] = useState(first >= weights.length);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? weights.length : first;
}
