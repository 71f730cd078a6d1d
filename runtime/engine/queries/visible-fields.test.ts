import { describe, expect, it } from 'vitest';
import { definition, FORM } from '../../../test/engine/support/builder.ts';
import { visibleFields } from './visible-fields.ts';

const form = {
  schema: {
    ...FORM.schema,
    properties: {
      ...FORM.schema.properties,
      owner: { type: 'object', properties: { phone: { type: 'string' }, email: { type: 'string' } } },
    },
  },
  ui: {
    fields: {
      copies: { visibleIf: { '==': [{ var: 'conditional' }, true] } },
      owner: { visibleIf: { '==': [{ var: 'kind' }, 'a'] } },
    },
  },
};
const def = definition({ form });
const now = { now: Date.UTC(2026, 10, 23) };

describe('visibleFields', () => {
  it('splits the form’s fields, nested ones by dot path, by the visibleIf rules over the data', () => {
    expect(visibleFields(def, { conditional: true, kind: 'b' }, now)).toEqual({
      ok: true,
      value: {
        visible: ['name', 'conditional', 'copies', 'kind'],
        hidden: ['owner', 'owner.phone', 'owner.email'],
      },
    });
    const shown = visibleFields(def, { kind: 'a' }, now);
    expect(shown.ok && shown.value.hidden).toEqual(['copies']);
  });

  it('answers a rule that fails on the data as a refusal, not an exception', () => {
    const failing = definition({
      form: { ...form, ui: { fields: { copies: { visibleIf: { '+': [{ var: 'name' }, 1] } } } } },
    });
    const result = visibleFields(failing, { name: 'Nguyễn Văn A' }, now);
    expect(result.ok ? 'shown' : result.error.code).toBe('RULE_FAILED');
  });
});
