import type { Args } from '../args.ts';
import { FORM_DATA, readJson } from '../files.ts';
import type { Output } from '../main.ts';
import { loadRunnable } from './definition.ts';
import { validateData } from './engine.ts';
import { nowOption } from './now.ts';

export function validate(args: Args): Output {
  const definition = loadRunnable(args.positional[0]);
  const data = readJson(args.options.data, FORM_DATA);
  const checked = validateData(definition, data, { now: nowOption(args) });
  if (checked.ok)
    return { json: { ok: true, errors: [] }, text: 'Tờ khai hợp lệ. / The form data is valid.', exitCode: 0 };
  const failure = checked.error;
  const errors = Array.isArray(failure.details)
    ? (failure.details as { path: string; code: string; message: { vi: string; en: string } }[])
    : [{ path: failure.path ?? '', code: failure.code, message: failure.message }];
  const text = errors
    .map((e) => `${e.path || '/'}  ${e.code}  ${e.message.vi}\n    ${e.message.en}`)
    .join('\n');
  return { json: { ok: false, errors }, text, exitCode: 1 };
}
