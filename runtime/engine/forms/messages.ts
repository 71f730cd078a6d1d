/**
 * The product's own catalog of form validation messages, one entry per ajv keyword, Vietnamese first.
 * Messages start with their subject ("Trường “Họ tên”" / "“Full name”"), which the caller chooses.
 */
import type { ErrorObject } from 'ajv';
import { pointer, type Localized } from '../problems.ts';
import { formatNumber, formatWords, showList, showValue, typeWords } from './words.ts';
import { isSchemaObject } from './schema-walk.ts';

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
const plural = (n: unknown, one: string, many: string): string => (Number(n) === 1 ? one : many);
const quote = (s: string): Localized => ({ vi: `“${s}”`, en: `“${s}”` });
const join = (list: Localized[], sep: Localized): Localized => ({
  vi: list.map((l) => l.vi).join(sep.vi),
  en: list.map((l) => l.en).join(sep.en),
});

/** `minimum`-like keywords: the comparison in words and the limit. */
function bound(vi: string, en: string): Build {
  return (e, { subject: s }) => {
    const n = num(params(e).limit);
    return { vi: `${s.vi} phải ${vi} ${n.vi}`, en: `${s.en} must be ${en} ${n.en}` };
  };
}

const maxItems: Build = (e, { subject: s }) => {
  const limit = params(e).limit;
  if (Number(limit) === 0) return { vi: `${s.vi} không được có mục nào`, en: `${s.en} must have no items` };
  const n = num(limit);
  return {
    vi: `${s.vi} không được có quá ${n.vi} mục`,
    en: `${s.en} must have at most ${n.en} ${plural(limit, 'item', 'items')}`,
  };
};

const dependent: Build = (e, { subject: s, fieldName }) => {
  const other = fieldName(e.instancePath + pointer(String(params(e).property)));
  return {
    vi: `${s.vi} là bắt buộc khi đã điền ${other.vi}`,
    en: `${s.en} is required when ${other.en} is filled in`,
  };
};

const notAllowed = (name: unknown): Localized => ({
  vi: `Trường “${String(name)}” không được phép có ở đây`,
  en: `The field “${String(name)}” is not allowed here`,
});

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
    const list = join(choices, { vi: ', ', en: ', ' });
    return {
      vi: `${s.vi} phải là một trong các giá trị: ${list.vi}`,
      en: `${s.en} must be one of: ${list.en}`,
    };
  }
  const onlyRequired = (b: unknown): boolean =>
    isSchemaObject(b) &&
    Array.isArray(b.required) &&
    Object.keys(b).every((k) => k === 'required' || k === 'title');
  if (branches.length > 0 && branches.every(onlyRequired)) {
    const names = [...new Set(branches.flatMap((b) => (b as { required: unknown[] }).required.map(String)))];
    const list = join(
      names.map((n) => c.fieldName(e.instancePath + pointer(n))),
      { vi: ', ', en: ', ' },
    );
    if (e.keyword === 'oneOf' && Array.isArray(passing))
      return { vi: `Chỉ được điền một trong các trường: ${list.vi}`, en: `Fill in only one of: ${list.en}` };
    return {
      vi: `Cần điền ít nhất một trong các trường: ${list.vi}`,
      en: `Fill in at least one of: ${list.en}`,
    };
  }
  if (e.keyword === 'oneOf' && Array.isArray(passing))
    return {
      vi: `${s.vi} khớp với nhiều hơn một lựa chọn`,
      en: `${s.en} matches more than one of the options`,
    };
  return {
    vi: `${s.vi} không khớp với lựa chọn nào được phép`,
    en: `${s.en} does not match any of the allowed options`,
  };
};

const CATALOG: Record<string, Build> = {
  required: (_e, { subject: s }) => ({ vi: `${s.vi} là bắt buộc`, en: `${s.en} is required` }),
  dependentRequired: dependent,
  dependencies: dependent,
  type: (e, { subject: s }) => {
    const w = typeWords(params(e).type);
    return { vi: `${s.vi} phải ${w.vi}`, en: `${s.en} must be ${w.en}` };
  },
  const: (e, { subject: s }) => {
    const v = params(e).allowedValue;
    if (v === true) return { vi: `${s.vi} phải được chọn`, en: `${s.en} must be checked` };
    const shown = showValue(v);
    return { vi: `${s.vi} phải là ${shown.vi}`, en: `${s.en} must be ${shown.en}` };
  },
  enum: (e, { subject: s }) => {
    const allowed = params(e).allowedValues;
    const list = showList(Array.isArray(allowed) ? allowed : []);
    return {
      vi: `${s.vi} phải là một trong các giá trị: ${list.vi}`,
      en: `${s.en} must be one of: ${list.en}`,
    };
  },
  format: (e, { subject: s }) => {
    const name = String(params(e).format);
    const w = formatWords(name);
    if (w) return { vi: `${s.vi} phải là ${w.vi} hợp lệ`, en: `${s.en} must be a valid ${w.en}` };
    return {
      vi: `${s.vi} không đúng định dạng “${name}”`,
      en: `${s.en} does not match the format “${name}”`,
    };
  },
  pattern: (_e, { subject: s }) => ({
    vi: `${s.vi} không đúng định dạng yêu cầu`,
    en: `${s.en} is not in the required format`,
  }),
  minLength: (e, { subject: s }) => {
    const limit = params(e).limit;
    if (Number(limit) === 1) return { vi: `${s.vi} không được để trống`, en: `${s.en} must not be empty` };
    const n = num(limit);
    return {
      vi: `${s.vi} phải có ít nhất ${n.vi} ký tự`,
      en: `${s.en} must be at least ${n.en} characters long`,
    };
  },
  maxLength: (e, { subject: s }) => {
    const limit = params(e).limit;
    const n = num(limit);
    return {
      vi: `${s.vi} không được dài quá ${n.vi} ký tự`,
      en: `${s.en} must be at most ${n.en} ${plural(limit, 'character', 'characters')} long`,
    };
  },
  minimum: bound('lớn hơn hoặc bằng', 'at least'),
  maximum: bound('nhỏ hơn hoặc bằng', 'at most'),
  exclusiveMinimum: bound('lớn hơn', 'greater than'),
  exclusiveMaximum: bound('nhỏ hơn', 'less than'),
  multipleOf: (e, { subject: s }) => {
    const n = num(params(e).multipleOf);
    return { vi: `${s.vi} phải là bội số của ${n.vi}`, en: `${s.en} must be a multiple of ${n.en}` };
  },
  minItems: (e, { subject: s }) => {
    const limit = params(e).limit;
    const n = num(limit);
    return {
      vi: `${s.vi} phải có ít nhất ${n.vi} mục`,
      en: `${s.en} must have at least ${n.en} ${plural(limit, 'item', 'items')}`,
    };
  },
  maxItems,
  items: maxItems,
  unevaluatedItems: maxItems,
  additionalItems: maxItems,
  uniqueItems: (e, { subject: s }) => {
    const { i, j } = params(e);
    const [a, b] = [Number(i), Number(j)].sort((x, y) => x - y).map((k) => k + 1);
    return {
      vi: `${s.vi} có các mục trùng nhau (mục ${a} và ${b})`,
      en: `${s.en} has duplicate items (items ${a} and ${b})`,
    };
  },
  contains: (e, { subject: s }) => {
    const { minContains, maxContains } = params(e);
    const min = num(minContains ?? 1);
    if (maxContains !== undefined) {
      const max = num(maxContains);
      return {
        vi: `${s.vi} phải có từ ${min.vi} đến ${max.vi} mục phù hợp`,
        en: `${s.en} must contain between ${min.en} and ${max.en} matching items`,
      };
    }
    return {
      vi: `${s.vi} phải có ít nhất ${min.vi} mục phù hợp`,
      en: `${s.en} must contain at least ${min.en} matching ${plural(minContains ?? 1, 'item', 'items')}`,
    };
  },
  minProperties: (e, { subject: s }) => {
    const limit = params(e).limit;
    const n = num(limit);
    return {
      vi: `${s.vi} phải có ít nhất ${n.vi} thông tin được điền`,
      en: `${s.en} must have at least ${n.en} ${plural(limit, 'field', 'fields')} filled in`,
    };
  },
  maxProperties: (e, { subject: s }) => {
    const limit = params(e).limit;
    const n = num(limit);
    return {
      vi: `${s.vi} không được có quá ${n.vi} thông tin`,
      en: `${s.en} must have at most ${n.en} ${plural(limit, 'field', 'fields')}`,
    };
  },
  additionalProperties: (e) => notAllowed(params(e).additionalProperty),
  unevaluatedProperties: (e) => notAllowed(params(e).unevaluatedProperty),
  propertyNames: (e) => {
    const name = String(params(e).propertyName);
    return { vi: `Tên trường “${name}” không hợp lệ`, en: `The field name “${name}” is not valid` };
  },
  'false schema': (_e, { subject: s }) => ({ vi: `${s.vi} phải để trống`, en: `${s.en} must be left empty` }),
  if: (_e, { subject: s }) => ({
    vi: `${s.vi} chưa đáp ứng điều kiện kèm theo`,
    en: `${s.en} does not meet a condition that applies to it`,
  }),
  anyOf: alternatives,
  oneOf: alternatives,
  not: (_e, { subject: s }) => ({
    vi: `${s.vi} có giá trị không được phép`,
    en: `${s.en} has a value that is not allowed`,
  }),
};

const invalid: Build = (_e, { subject: s }) => ({ vi: `${s.vi} không hợp lệ`, en: `${s.en} is not valid` });

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
