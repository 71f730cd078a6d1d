import type { FormDefinition, ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import { validateForm, type FieldError } from './forms/index.ts';
import { dotPath, segmentsOf } from './forms/pointers.ts';
import { isPlainObject } from './objects.ts';
import type { Problem } from './problems.ts';
import { compileRule, isTruthy, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';
import { fieldVisibility, withoutHidden } from './visibility.ts';
import { joinLocalized, message } from './messages/index.ts';

function refuse(errors: FieldError[]): never {
  fail(
    'FORM_INVALID',
    message('formCheck.formFieldsInvalid', {
      count: errors.length,
      errors: joinLocalized(
        errors.map((e) => joinLocalized([e.path || '/', e.message], ' — ')),
        '; ',
      ),
    }),
    { path: errors[0].path, details: errors },
  );
}

/**
 * The form's checks that `data` (valid, without hidden fields) fails. `ctx.now` is when the data is handed in:
 * "today" in a check is that day. A check about a hidden field does not apply.
 */
function failedChecks(
  form: FormDefinition,
  data: Record<string, unknown>,
  isVisible: (path: string) => boolean,
  ctx: RuleContext,
): FieldError[] {
  return (form.checks ?? []).flatMap((check, i) => {
    const judge = (subject: unknown, path: string): FieldError[] => {
      const passed = ruleFailure(`/form/checks/${i}/rule`, () => compileRule(check.rule)(subject, ctx));
      return isTruthy(passed) ? [] : [{ path, code: 'FORM_CHECK_FAILED', message: check.message }];
    };
    if (check.each === undefined) return isVisible(dotPath(check.path)) ? judge(data, check.path) : [];
    const group = check.each;
    if (!isVisible(dotPath(group))) return [];
    const items = segmentsOf(group).reduce<unknown>(
      (v, key) => (isPlainObject(v) ? v[key] : undefined),
      data,
    );
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, index) =>
      judge({ item, index, form: data }, `${group}/${index}${check.path}`),
    );
  });
}

/** How a form's schema judges data: the compiled form, or one compiled ahead (the portal's standalone validator). */
export type SchemaValidator = (
  data: unknown,
  isVisible: (path: string) => boolean,
) => FieldError[] | { problems: Problem[] };

/**
 * The errors of form data, judged as a submission is: the schema's (hidden fields left out) and, when there are
 * none, the checks' on the data the applicant could see. The form renderer calls it on every change, the
 * server on every submission, so the preview, the portal and the server judge alike.
 */
export function formErrors(
  form: FormDefinition,
  data: Record<string, unknown>,
  isVisible: (path: string) => boolean,
  ctx: RuleContext,
  validate: SchemaValidator = (d, visible) => validateForm(form, d, visible),
): FieldError[] | { problems: Problem[] } {
  const errors = validate(data, isVisible);
  if (!Array.isArray(errors) || errors.length > 0) return errors;
  return failedChecks(form, withoutHidden(data, isVisible), isVisible, ctx);
}

/**
 * Validates form data against the definition's e-form (closed and bounded, see forms/bounds.ts) and its checks;
 * returns the data the applicant could see.
 */
export function checkForm(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): Record<string, unknown> {
  if (!isPlainObject(data)) {
    fail('FORM_INVALID', message('formCheck.formInvalid'), {
      path: '/data',
    });
  }
  const isVisible = fieldVisibility(definition.form, data, ctx);
  const errors = formErrors(definition.form, data, isVisible, ctx);
  if (!Array.isArray(errors)) {
    fail('DEFINITION_INVALID', message('formCheck.definitionInvalid'), {
      path: '/form/schema',
      details: errors.problems,
    });
  }
  if (errors.length > 0) refuse(errors);
  return withoutHidden(data, isVisible);
}
