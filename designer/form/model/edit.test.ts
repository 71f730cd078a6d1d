import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openBoundProblems } from '../../../runtime/engine/forms/bounds.ts';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import { example, EXAMPLE_NAMES } from '../../../test/support/examples.ts';
import { addField, moveField, removeField, setKeyword, setRequired, setUi } from './edit.ts';
import { FIELD_KINDS } from './kinds.ts';
import { allFields, fieldsOf } from './tree.ts';

const BIRTH = example('birth-registration').form;
const label = { vi: 'Trường mới', en: 'New field' };

describe('the form designer’s edits', () => {
  test('list an example’s fields in the order shown, sections with their own fields', () => {
    const fields = fieldsOf(BIRTH);
    expect(fields.map((f) => f.key)).toEqual(BIRTH.ui!.order!['']);
    const child = fields.find((f) => f.key === 'child')!;
    expect(child.kind).toBe('section');
    expect(child.fields!.find((f) => f.key === 'birthDate')).toMatchObject({
      path: 'child.birthDate',
      kind: 'date',
      required: true,
    });
  });

  test('add a field of every kind, read back as that kind', () => {
    let form: FormDefinition = { schema: { type: 'object', properties: {} } };
    for (const kind of FIELD_KINDS) form = addField(form, '', kind, label).form;
    expect(fieldsOf(form).map((f) => f.kind)).toEqual([...FIELD_KINDS]);
    // Every new field is bounded: the engine's lint has nothing to warn a clerk about.
    expect(openBoundProblems(form.schema)).toEqual([]);
    // A repeating group holds fields of its own, under `*`.
    const inRepeat = addField(form, 'repeat_1.*', 'text', label);
    expect(inRepeat.path).toBe('repeat_1.*.text_1');
    expect(
      fieldsOf(inRepeat.form)
        .find((f) => f.key === 'repeat_1')!
        .fields!.map((f) => f.path),
    ).toEqual(['repeat_1.*.text_1']);
  });

  test('insert, move and remove through the UI schema’s order, the schema’s keywords untouched', () => {
    const { form, path } = addField(BIRTH, '', 'phone', label, 1);
    expect(fieldsOf(form)[1].path).toBe(path);
    const moved = moveField(form, '', 1, 0);
    expect(fieldsOf(moved)[0].path).toBe(path);
    const removed = removeField(moved, path);
    expect(removed.schema).toEqual(BIRTH.schema);
    expect(fieldsOf(removed).map((f) => f.key)).toEqual(BIRTH.ui!.order!['']);
  });

  test('keep every keyword they do not edit, over any sequence of edits', () => {
    const edits = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('label' as const), i: fc.nat(), text: fc.string() }),
        fc.record({ kind: fc.constant('move' as const), from: fc.nat(8), to: fc.nat(8) }),
        fc.record({ kind: fc.constant('required' as const), i: fc.nat(), on: fc.boolean() }),
      ),
    );
    for (const code of EXAMPLE_NAMES) {
      const form = example(code).form;
      const paths = allFields(fieldsOf(form)).map((f) => f.path);
      fc.assert(
        fc.property(edits, (list) => {
          let next = form;
          for (const e of list) {
            if (e.kind === 'label')
              next = setUi(next, paths[e.i % paths.length], 'label', { vi: e.text, en: e.text });
            else if (e.kind === 'move') next = moveField(next, '', e.from, e.to);
            else next = setRequired(next, paths[e.i % paths.length], e.on);
          }
          // Only `required` lists may differ: what else the schema says is kept as it was.
          const strip = (s: unknown): unknown =>
            JSON.parse(JSON.stringify(s, (k, v: unknown) => (k === 'required' ? undefined : v)));
          expect(strip(next.schema)).toEqual(strip(form.schema));
          expect(next.checks).toBe(form.checks);
        }),
        { numRuns: 30 },
      );
    }
  });

  test('set and remove a keyword', () => {
    const withMax = setKeyword(BIRTH, 'extractCopies', 'multipleOf', 2);
    expect(fieldsOf(withMax).find((f) => f.key === 'extractCopies')!.schema.multipleOf).toBe(2);
    expect(setKeyword(withMax, 'extractCopies', 'multipleOf', undefined).schema).toEqual(BIRTH.schema);
  });
});
