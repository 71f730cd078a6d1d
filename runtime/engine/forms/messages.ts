/**
 * The product's own catalog of form validation messages, one entry per ajv keyword, Vietnamese first.
 * Messages start with their subject ("Trường “Họ tên”" / "“Full name”"), which the caller chooses.
 */
import type { ErrorObject } from 'ajv';
import { pointer, type Localized } from '../problems.ts';
import { formatNumber, formatWords, showList, showValue, typeWords } from './words.ts';
import { isSchemaObject } from './schema-walk.ts';
import { joinLocalized, message } from '../messages/index.ts';

export interface MessageContext {
  /** Who the message is about, at the start of a sentence. */
  subject: Localized;
  /** How to name another field of the form (by data pointer) inside a message, already quoted. */
  fieldName(path: string): Localized;
}

type Build = (e: ErrorObject, c: MessageContext) => Localized;

type Params = Record<string, unknown>;
const params = (e: ErrorObject): Params => (e.params ?? {}) as Params;
const num = (v: unknown): Localized => formatNumber(Number(v));
/** A title quoted, the same in both languages. */
const quote = (s: string): string => `“${s}”`;

/** `minimum`-like keywords: the comparison and the limit. */
function bound(
  key: 'forms.minimum' | 'forms.maximum' | 'forms.exclusiveMinimum' | 'forms.exclusiveMaximum',
): Build {
  return (e, { subject: s }) => message(key, { s, n: num(params(e).limit) });
}

/** English says "1 item" but "2 items"; Vietnamese has one form. */
const one = (n: unknown): boolean => Number(n) === 1;

const maxItems: Build = (e, { subject: s }) => {
  const limit = params(e).limit;
  if (Number(limit) === 0) return message('forms.mustHaveNoItems', { s });
  return message(one(limit) ? 'forms.maxItemsOne' : 'forms.maxItems', { s, n: num(limit) });
};

const dependent: Build = (e, { subject: s, fieldName }) => {
  const other = fieldName(e.instancePath + pointer(String(params(e).property)));
  return message('forms.requiredWhenFilled', { s, other });
};

const notAllowed = (name: unknown): Localized => message('forms.fieldNotAllowedHere', { name: String(name) });

/**
 * anyOf/oneOf read better when the alternatives have a simple shape: constants with titles (a choice list)
 * or bare `required` lists ("fill in one of …").
 */
const alternatives: Build = (e, c) => {
  const s = c.subject;
  const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
  const passing = params(e).passingSchemas;
  if (branches.length > 0 && branches.every((b) => isSchemaObject(b) && 'const' in b)) {
    const choices = branches.map((b) => {
      const o = b as Record<string, unknown>;
      return typeof o.title === 'string' ? quote(o.title) : showValue(o.const);
    });
    const list = joinLocalized(choices, ', ');
    return message('forms.enum', { s, list });
  }
  const onlyRequired = (b: unknown): boolean =>
    isSchemaObject(b) &&
    Array.isArray(b.required) &&
    Object.keys(b).every((k) => k === 'required' || k === 'title');
  if (branches.length > 0 && branches.every(onlyRequired)) {
    const names = [...new Set(branches.flatMap((b) => (b as { required: unknown[] }).required.map(String)))];
    const list = joinLocalized(
      names.map((n) => c.fieldName(e.instancePath + pointer(n))),
      ', ',
    );
    if (e.keyword === 'oneOf' && Array.isArray(passing)) return message('forms.oneOfFields', { list });
    return message('forms.anyOfFields', { list });
  }
  if (e.keyword === 'oneOf' && Array.isArray(passing)) return message('forms.oneOfMany', { s });
  return message('forms.anyOfNone', { s });
};

const CATALOG: Record<string, Build> = {
  required: (_e, { subject: s }) => message('forms.required', { s }),
  dependentRequired: dependent,
  dependencies: dependent,
  type: (e, { subject: s }) => {
    const w = typeWords(params(e).type);
    return message('forms.type', { s, w });
  },
  const: (e, { subject: s }) => {
    const v = params(e).allowedValue;
    if (v === true) return message('forms.constChecked', { s });
    const shown = showValue(v);
    return message('forms.const', { s, shown });
  },
  enum: (e, { subject: s }) => {
    const allowed = params(e).allowedValues;
    const list = showList(Array.isArray(allowed) ? allowed : []);
    return message('forms.enum', { s, list });
  },
  format: (e, { subject: s }) => {
    const name = String(params(e).format);
    const w = formatWords(name);
    if (w) return message('forms.formatKnown', { s, w });
    return message('forms.formatOther', { s, name });
  },
  pattern: (_e, { subject: s }) => message('forms.pattern', { s }),
  minLength: (e, { subject: s }) => {
    const limit = params(e).limit;
    if (Number(limit) === 1) return message('forms.notEmpty', { s });
    const n = num(limit);
    return message('forms.minLength', { s, n });
  },
  maxLength: (e, { subject: s }) => {
    const limit = params(e).limit;
    return message(one(limit) ? 'forms.maxLengthOne' : 'forms.maxLength', { s, n: num(limit) });
  },
  minimum: bound('forms.minimum'),
  maximum: bound('forms.maximum'),
  exclusiveMinimum: bound('forms.exclusiveMinimum'),
  exclusiveMaximum: bound('forms.exclusiveMaximum'),
  multipleOf: (e, { subject: s }) => {
    const n = num(params(e).multipleOf);
    return message('forms.multipleOf', { s, n });
  },
  minItems: (e, { subject: s }) => {
    const limit = params(e).limit;
    return message(one(limit) ? 'forms.minItemsOne' : 'forms.minItems', { s, n: num(limit) });
  },
  maxItems,
  items: maxItems,
  unevaluatedItems: maxItems,
  additionalItems: maxItems,
  uniqueItems: (e, { subject: s }) => {
    const { i, j } = params(e);
    const [a, b] = [Number(i), Number(j)].sort((x, y) => x - y).map((k) => k + 1);
    return message('forms.uniqueItems', { s, a, b });
  },
  contains: (e, { subject: s }) => {
    const { minContains, maxContains } = params(e);
    const min = num(minContains ?? 1);
    if (maxContains !== undefined) {
      const max = num(maxContains);
      return message('forms.containsBetween', { s, min, max });
    }
    return message(one(minContains ?? 1) ? 'forms.minContainsOne' : 'forms.minContains', { s, n: min });
  },
  minProperties: (e, { subject: s }) => {
    const limit = params(e).limit;
    return message(one(limit) ? 'forms.minPropertiesOne' : 'forms.minProperties', { s, n: num(limit) });
  },
  maxProperties: (e, { subject: s }) => {
    const limit = params(e).limit;
    return message(one(limit) ? 'forms.maxPropertiesOne' : 'forms.maxProperties', { s, n: num(limit) });
  },
  additionalProperties: (e) => notAllowed(params(e).additionalProperty),
  unevaluatedProperties: (e) => notAllowed(params(e).unevaluatedProperty),
  propertyNames: (e) => {
    const name = String(params(e).propertyName);
    return message('forms.propertyName', { name });
  },
  'false schema': (_e, { subject: s }) => message('forms.mustBeEmpty', { s }),
  if: (_e, { subject: s }) => message('forms.ifThen', { s }),
  anyOf: alternatives,
  oneOf: alternatives,
  not: (_e, { subject: s }) => message('forms.notAllowedValue', { s }),
};

const invalid: Build = (_e, { subject: s }) => message('forms.invalid', { s });

/** FORM_<KEYWORD> in upper snake case: minLength → FORM_MIN_LENGTH, "false schema" → FORM_FALSE_SCHEMA. */
function codeOf(keyword: string): string {
  return (
    'FORM_' +
    keyword
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/\s+/g, '_')
      .toUpperCase()
  );
}

/** The stable code and the message of one ajv error; keywords the catalog does not know are FORM_INVALID. */
export function describe(e: ErrorObject, context: MessageContext): { code: string; message: Localized } {
  const build = Object.hasOwn(CATALOG, e.keyword) ? CATALOG[e.keyword] : undefined;
  if (!build) return { code: 'FORM_INVALID', message: invalid(e, context) };
  return { code: codeOf(e.keyword), message: build(e, context) };
}

/** The keywords the catalog has a message for (tests check every one is localized). */
export const LOCALIZED_KEYWORDS: readonly string[] = Object.keys(CATALOG);
