import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import { validateForm } from './forms/index.ts';
import { isPlainObject } from './objects.ts';
import type { RuleContext } from './rules/index.ts';
import { fieldVisibility, withoutHidden } from './visibility.ts';

/** Validates form data against the definition's e-form; returns the data the applicant could see. */
export function checkForm(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): Record<string, unknown> {
  if (!isPlainObject(data)) {
    fail('FORM_INVALID', 'Dữ liệu tờ khai phải là một đối tượng JSON.', 'Form data must be a JSON object.', {
      path: '/data',
    });
  }
  const isVisible = fieldVisibility(definition.form, data, ctx);
  const errors = validateForm(definition.form, data, isVisible);
  if (!Array.isArray(errors)) {
    fail('DEFINITION_INVALID', 'Biểu mẫu của thủ tục không hợp lệ.', 'The procedure’s form is invalid.', {
      path: '/form/schema',
      details: errors.problems,
    });
  }
  if (errors.length > 0) {
    fail(
      'FORM_INVALID',
      `Tờ khai có ${errors.length} trường chưa hợp lệ: ${errors.map((e) => `${e.path || '/'} — ${e.message.vi}`).join('; ')}`,
      `The form has ${errors.length} invalid field(s): ${errors.map((e) => `${e.path || '/'} — ${e.message.en}`).join('; ')}`,
      { path: errors[0].path, details: errors },
    );
  }
  return withoutHidden(data, isVisible);
}
