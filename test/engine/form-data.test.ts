/**
 * Form data is bounded (issue 8): what the schema does not declare is refused, sizes are bounded, and the form's
 * checks (the rules a law implies, such as a birth date not in the future) refuse a submission with their reason.
 */
import { describe, expect, it } from 'vitest';
import type { FormCheck } from '../../schemas/procedure.ts';
import { start } from '../../runtime/engine/interpreter.ts';
import { lint } from '../../runtime/engine/lint/index.ts';
import { birthData, example, judicialData, requiredOf } from '../support/examples.ts';
import { ctx, DATA, definition, FORM, refused, run } from './support/builder.ts';

const birth = example('birth-registration');
/** Monday 23 Nov 2026 08:00 in Vietnam. */
const AT = '2026-11-23T08:00';
const submit = (data: Record<string, unknown>, at = AT) =>
  start(
    birth,
    { data, channel: 'online', components: requiredOf({ procedureCode: birth.code, data }) },
    ctx(at),
  );
const detailsOf = (result: ReturnType<typeof start>) =>
  result.ok ? [] : (result.error.details as { path: string; code: string }[]).map((d) => [d.path, d.code]);

describe('the data of an example procedure', () => {
  it('fields the form does not declare are refused at their paths, nothing stored', () => {
    const result = submit({ ...birthData(), status: 'completed', x: '<script>alert(1)</script>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORM_INVALID', path: '/status' } });
    expect(detailsOf(result)).toEqual([
      ['/status', 'FORM_ADDITIONAL_PROPERTIES'],
      ['/x', 'FORM_ADDITIONAL_PROPERTIES'],
    ]);
    expect(detailsOf(submit(birthData({ child: { nickname: 'Bi' } })))).toEqual([
      ['/child/nickname', 'FORM_ADDITIONAL_PROPERTIES'],
    ]);
  });

  it('a 900 KB name is refused at the bound the example sets', () => {
    const result = submit(birthData({ child: { birthPlace: 'x'.repeat(900_000) } }));
    expect(detailsOf(result)).toEqual([['/child/birthPlace', 'FORM_MAX_LENGTH']]);
  });

  it('a birth date after the day of submission is refused with the law’s reason; the fee is never computed', () => {
    const result = submit(birthData({ child: { birthDate: '2099-01-01' } }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FORM_INVALID',
        path: '/child/birthDate',
        details: [
          {
            path: '/child/birthDate',
            code: 'FORM_CHECK_FAILED',
            message: {
              vi: 'Ngày sinh của trẻ không được sau ngày nộp hồ sơ.',
              en: 'The child’s date of birth cannot be after the day the dossier is handed in.',
            },
          },
        ],
      },
    });
    // Tomorrow is refused; today (in Vietnam) is not, even at 23:30.
    expect(submit(birthData({ child: { birthDate: '2026-11-24' } })).ok).toBe(false);
    expect(submit(birthData({ child: { birthDate: '2026-11-23' } })).ok).toBe(true);
    expect(submit(birthData({ child: { birthDate: '2026-11-24' } }), '2026-11-24T00:10').ok).toBe(true);
  });

  it('the judicial record’s applicant was born before the request', () => {
    const def = example('judicial-record');
    const data = judicialData({ applicant: { birthDate: '2030-01-01' } });
    const result = start(def, { data, channel: 'online', components: ['declaration', 'identity'] }, ctx(AT));
    expect(detailsOf(result)).toEqual([['/applicant/birthDate', 'FORM_CHECK_FAILED']]);
  });

  it('every example bounds every field it declares: lint names no open size', () => {
    for (const name of ['birth-registration', 'birth-residence-insurance', 'judicial-record']) {
      expect(lint(example(name)).filter((p) => p.code === 'FORM_OPEN_BOUNDS')).toEqual([]);
    }
  });
});

const BORN: FormCheck = {
  id: 'born_before',
  rule: { '>=': [{ date_diff: [{ var: 'born' }, { today: [] }] }, 0] },
  path: '/born',
  message: { vi: 'Ngày sinh không được sau hôm nay.', en: 'The birth date cannot be after today.' },
};

/** The builder's form with a date field `born`, shown unless `kind` is "b", and the given checks. */
function withChecks(checks: FormCheck[]) {
  const schema = FORM.schema as { properties: Record<string, unknown> };
  return definition({
    form: {
      schema: { ...schema, properties: { ...schema.properties, born: { type: 'string', format: 'date' } } },
      ui: { fields: { born: { visibleIf: { '!=': [{ var: 'kind' }, 'b'] } } } },
      checks,
    },
  });
}

describe('form checks', () => {
  const def = withChecks([BORN]);

  it('are evaluated with the time the data is handed in, a supplement included', () => {
    expect(start(def, { data: { ...DATA, born: '2026-11-24' }, channel: 'online' }, ctx(AT))).toMatchObject({
      ok: false,
      error: { code: 'FORM_INVALID', path: '/born' },
    });
    const { dossier } = run(def, [
      { at: '2026-11-23T09:00', action: 'request_supplement', role: 'reception', input: { reason: 'Sai' } },
    ]);
    const supplement = (born: string) => ({
      at: '2026-11-24T09:00',
      action: 'supplement',
      role: 'citizen',
      input: { data: { born } },
    });
    refused(def, dossier, supplement('2026-11-25'), 'FORM_INVALID');
    expect(
      run(def, [
        { at: '2026-11-23T09:00', action: 'request_supplement', role: 'reception', input: { reason: 'Sai' } },
        supplement('2026-11-24'),
      ]).dossier.data.born,
    ).toBe('2026-11-24');
  });

  it('a check about a field the applicant does not see does not apply', () => {
    const hidden = { ...DATA, kind: 'b', born: '2099-01-01' };
    const result = start(def, { data: hidden, channel: 'online' }, ctx(AT));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dossier.data.born).toBeUndefined();
  });

  it('a check that fails to evaluate (here: "today" without a clock) names its rule', () => {
    const noClock = start(
      def,
      { data: { ...DATA, born: '2026-01-01' }, channel: 'online' },
      { ...ctx(AT), now: Number.NaN },
    );
    expect(noClock).toMatchObject({ ok: false, error: { code: 'RULE_FAILED', path: '/form/checks/0/rule' } });
  });

  it('are linted: their rules like every rule, their fields and ids', () => {
    const problems = lint(
      withChecks([
        BORN,
        { ...BORN, rule: { var: 'salary' } },
        { ...BORN, id: 'other', path: '/nowhere' },
        { ...BORN, id: 'kind', path: '', rule: { in: [{ var: 'kind' }, ['a', 'b']] } },
      ]),
    ).map((p) => [p.code, p.path]);
    expect(problems).toEqual([
      ['DUPLICATE_ID', '/form/checks/1/id'],
      ['FORM_CHECK_PATH_UNKNOWN', '/form/checks/2/path'],
      ['RULE_UNKNOWN_VARIABLE', '/form/checks/1/rule'],
    ]);
    const shape = lint(withChecks([{ ...BORN, message: { vi: 'Sai' } } as never])).map((p) => [
      p.code,
      p.path,
    ]);
    expect(shape).toContainEqual(['DEFINITION_SCHEMA', '/form/checks/0/message/en']);
  });
});
