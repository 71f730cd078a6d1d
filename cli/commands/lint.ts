import type { Args } from '../args.ts';
import { readJson } from '../files.ts';
import type { Output } from '../main.ts';
import { describe } from './definition.ts';
import { lint as lintDefinition } from './engine.ts';

export function lint(args: Args): Output {
  const problems = lintDefinition(readJson(args.positional[0], 'định nghĩa thủ tục / the definition'));
  const ok = !problems.some((p) => p.severity === 'error');
  const lines = problems.map(
    (p) => `${p.severity === 'error' ? 'lỗi ' : 'cảnh báo'}  ${describe(p, 'vi')}\n          ${p.message.en}`,
  );
  const text =
    ok && problems.length === 0 ? 'Định nghĩa hợp lệ. / The definition is valid.' : lines.join('\n');
  return { json: { ok, problems }, text, exitCode: ok ? 0 : 1 };
}
