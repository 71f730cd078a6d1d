import type { Args } from '../args.ts';
import { DEFINITION, readJson } from '../files.ts';
import type { Output } from '../main.ts';
import { describe } from './definition.ts';
import { lint as lintDefinition } from './engine.ts';

export function lint(args: Args): Output {
  const problems = lintDefinition(readJson(args.positional[0], DEFINITION));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const ok = errors === 0;
  const lines = problems.map(
    (p) =>
      `${(p.severity === 'error' ? 'lỗi / error' : 'cảnh báo / warning').padEnd(18)}  ${describe(p, 'vi')}\n${' '.repeat(20)}${p.message.en}`,
  );
  const text =
    problems.length === 0
      ? 'Định nghĩa hợp lệ. / The definition is valid.'
      : [...lines, `${errors} lỗi, ${warnings} cảnh báo / ${errors} error(s), ${warnings} warning(s)`].join(
          '\n',
        );
  return { json: { ok, problems }, text, exitCode: ok ? 0 : 1 };
}
