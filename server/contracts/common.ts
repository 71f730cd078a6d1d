/**
 * Pieces every contract uses. A contract is a TypeBox schema: a JSON Schema (2020-12, as OpenAPI 3.1 and ajv read
 * it) and, through `Static`, the TypeScript type of the same shape, so a service's signature and the validation of
 * its input cannot drift apart.
 */
import Type, { type Static, type TSchema } from 'typebox';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

export { Type, type Static, type TSchema };

/** A string of 1 (or `min`) to `max` characters. */
export const text = (max: number, min = 1, extra: Record<string, unknown> = {}) =>
  Type.String({ minLength: min, maxLength: max, ...extra });

export const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

/** Vietnamese and English, each 1–`max` characters, nothing else (names a person types). */
export const localizedText = (max: number) =>
  Type.Object({ vi: text(max), en: text(max) }, { additionalProperties: false });

export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An instant as the API shows it: ISO 8601 in Vietnam time. */
export const Instant = Type.String({
  description: 'ISO 8601 in Vietnam time, e.g. 2026-11-23T09:00:00+07:00',
});

/** A time as slips print it. */
export const SlipTime = Type.String({
  pattern: '^\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}$',
  examples: ['09:30 23/11/2026'],
});

/** Procedure codes (mã TTHC) and dossier codes: letters, digits, dots and dashes. */
export const Code = text(64, 1, { pattern: '^[A-Za-z0-9._-]+$' });

export const CodeInput = Type.Object({ code: Code });

/** Ids made by the server (versions, tasks, users): the same alphabet as codes. */
export const Id = text(64, 1, { pattern: '^[A-Za-z0-9._-]+$' });

export const paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
};

/** A page of `item`s, with the total and the page asked for. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

/** A definition problem (lint): stable code, JSON pointer into the definition, message in both languages. */
export const Problem = Type.Object({
  severity: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  code: Type.String({ examples: ['EDGE_DANGLING'] }),
  path: Type.String({ description: 'JSON pointer into the definition' }),
  message: Localized,
});

/** Nothing to say: `{ok: true}`. */
export const Done = Type.Object({ ok: Type.Literal(true) });

/** An input with no fields. */
export const NoInput = Type.Object({}, { additionalProperties: false });

/** Any JSON object (a definition, form data): its shape is checked by the engine, with the engine's messages. */
export const AnyObject = (description: string) =>
  Type.Unsafe<Record<string, unknown>>({ type: 'object', description });

/** A procedure definition as stored: the engine checked it when it was published. */
export const Definition = (description: string) =>
  Type.Unsafe<ProcedureDefinition>({ type: 'object', description });

/** A definition being drafted: possibly incomplete or invalid (the lint says how), or a whole one from an editor. */
export const DraftDefinition = (description: string) =>
  Type.Unsafe<Record<string, unknown> | ProcedureDefinition>({ type: 'object', description });

/** Every error: `{error: {code, message: {vi, en}, path?, details?}}`. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ examples: ['VALIDATION_FAILED'] }),
      message: Localized,
      path: Type.Optional(Type.String({ description: 'JSON pointer to what is wrong, e.g. /body/revision' })),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'Error' },
);
