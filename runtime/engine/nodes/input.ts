import type { ActionEvent } from '../dossier.ts';
import type { JsonSchema } from './types.ts';
import { fail } from '../errors.ts';
import { message } from '../messages/index.ts';

/** The written reasons an action must carry (supplement requests, refusals, returns, stops, extensions). */
export function reasonsOf(event: ActionEvent): string[] {
  const { reasons, reason } = event.input ?? {};
  const list = Array.isArray(reasons) ? reasons : reason === undefined ? [] : [reason];
  const texts = list.filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  if (texts.length === 0 || texts.length !== list.length) {
    fail('INPUT_REASON_REQUIRED', message('nodes.inputReasonRequired', { action: event.action }), {
      path: '/input/reason',
    });
  }
  return texts;
}

export function optionalText(event: ActionEvent, key: string): string | undefined {
  const value = event.input?.[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    fail('INPUT_INVALID', message('nodes.inputNotString', { key }), {
      path: `/input/${key}`,
    });
  }
  return value;
}

export function oneOf<T extends string>(
  event: ActionEvent,
  key: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const value = event.input?.[key] ?? fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    fail('INPUT_INVALID', message('nodes.inputNotOneOf', { key, allowed: allowed.join(', ') }), {
      path: `/input/${key}`,
    });
  }
  return value as T;
}

/** A written text: something other than spaces. */
export const TEXT_SCHEMA = { type: 'string', pattern: '\\S' };

/** The JSON Schema of an action's input: an object; what else it carries the action ignores. */
export function inputSchema(
  properties: Record<string, JsonSchema> = {},
  required: string[] = [],
): JsonSchema {
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

/** An input with written reasons (see `reasonsOf`): `reason`, or `reasons` listed. */
export function reasonsSchema(more: Record<string, JsonSchema> = {}, required: string[] = []): JsonSchema {
  return {
    ...inputSchema(
      { reason: TEXT_SCHEMA, reasons: { type: 'array', minItems: 1, items: TEXT_SCHEMA }, ...more },
      required,
    ),
    anyOf: [{ required: ['reason'] }, { required: ['reasons'] }],
  };
}
