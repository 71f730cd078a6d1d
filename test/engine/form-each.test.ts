/** A form check on each item of a repeating group: the engine, the interpreter and the web form's live validation. */
import { describe, expect, it } from 'vitest';
import type { FormCheck, FormDefinition } from '../../schemas/procedure.ts';
import { checkForm, formErrors } from '../../runtime/engine/form-check.ts';
import { start } from '../../runtime/engine/interpreter.ts';
import { lint } from '../../runtime/engine/lint/index.ts';
import { judge, liveValidator } from '../../runtime/web/form/model/validation.ts';
import { at, ctx, definition } from './support/builder.ts';

const NOW = at('2026-11-23T09:00');
const visible = () => true;

/** A household: the applicant and its members, each born no later than today and not the applicant again. */
const CHECKS: FormCheck[] = [
  {
    id: 'member_born',
    each: '/members',
    rule: { '>=': [{ date_diff: [{ var: 'item.birthDate' }, { today: [] }] }, 0] },
    path: '/birthDate',
    message: { vi: 'Ngày sinh không được sau ngày nộp.', en: 'The birth date cannot be after today.' },
  },
  {
    id: 'member_not_applicant',
    each: '/members',
    rule: { '!=': [{ var: 'item.name' }, { var: 'form.applicant' }] },
    path: '',
    message: { vi: 'Thành viên không phải người khai.', en: 'A member is not the applicant.' },
  },
];
const FORM: FormDefinition = {
  schema: {
    type: 'object',
    required: ['applicant'],
    properties: {
      applicant: { type: 'string', minLength: 1, maxLength: 100 },
      members: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 100 },
            birthDate: { type: 'string', format: 'date' },
          },
        },
      },
    },
  },
  checks: CHECKS,
};
const member = (name: string, birthDate: string) => ({ name, birthDate });
const DATA = {
  applicant: 'Trần Thị Hoa',
  members: [member('An', '2010-01-01'), member('Bình', '2012-05-05'), member('Chi', '2027-01-01')],
};

describe('a check on each item of a repeating group', () => {
  it('judges every item, each seeing the item, its index and the whole form; the error is at the item', () => {
    const errors = formErrors(FORM, DATA, visible, { now: NOW });
    expect(errors).toEqual([
      { path: '/members/2/birthDate', code: 'FORM_CHECK_FAILED', message: CHECKS[0].message },
    ]);
    const withApplicant = {
      ...DATA,
      members: [member('An', '2010-01-01'), member('Trần Thị Hoa', '1990-01-01')],
    };
    expect(formErrors(FORM, withApplicant, visible, { now: NOW })).toEqual([
      { path: '/members/1', code: 'FORM_CHECK_FAILED', message: CHECKS[1].message },
    ]);
    expect(formErrors(FORM, { applicant: 'A' }, visible, { now: NOW })).toEqual([]);
  });

  it('does not apply to a hidden group', () => {
    expect(formErrors(FORM, DATA, (p) => p !== 'members', { now: NOW })).toEqual([]);
  });

  it('refuses the submission at the item’s field, in both languages', () => {
    expect(() => checkForm(definition({ form: FORM }), DATA, { now: NOW })).toThrow();
    const refused = start(
      definition({ form: FORM }),
      { data: DATA, channel: 'online' },
      ctx('2026-11-23T09:00'),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORM_INVALID', path: '/members/2/birthDate' },
    });
  });

  it('the web form’s live validation says the same', () => {
    const live = judge(FORM, liveValidator(FORM).validate, () => NOW);
    expect(live(DATA, visible)).toEqual(formErrors(FORM, DATA, visible, { now: NOW }));
  });

  it('lint: the group must be a list, the path a field of its items, the variables item, index or form fields', () => {
    const problems = (check: Partial<FormCheck>) =>
      lint(definition({ form: { ...FORM, checks: [{ ...CHECKS[0], ...check }] } })).map((p) => [
        p.code,
        p.path,
      ]);
    expect(problems({})).toEqual([]);
    expect(
      problems({ rule: { and: [{ var: 'index' }, { var: 'form.members.0.name' }, { var: 'item' }] } }),
    ).toEqual([]);
    expect(problems({ each: '/applicant' })).toContainEqual([
      'FORM_CHECK_EACH_NOT_ARRAY',
      '/form/checks/0/each',
    ]);
    expect(problems({ path: '/age' })).toEqual([['FORM_CHECK_PATH_UNKNOWN', '/form/checks/0/path']]);
    const unknown = problems({ rule: { var: 'item.age' } });
    expect(unknown).toHaveLength(1);
    expect(unknown[0][1]).toBe('/form/checks/0/rule');
    expect(problems({ rule: { var: 'birthDate' } })).toHaveLength(1);
  });
});
