import { lint, type Problem, type ProcedureDefinitionLike } from './engine.ts';
import { DEFINITION, readJson } from '../files.ts';
import { cliError } from '../failure.ts';

/** Loads a definition and refuses to go on with one that has lint errors, listing them. */
export function loadRunnable(path: string | true | undefined): ProcedureDefinitionLike {
  const definition = readJson(path, DEFINITION);
  const errors = lint(definition).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    cliError(
      'DEFINITION_INVALID',
      `Định nghĩa có ${errors.length} lỗi; chạy "motcua lint" để xem. Lỗi đầu: ${describe(errors[0], 'vi')}`,
      `The definition has ${errors.length} error(s); run "motcua lint" to see them. First: ${describe(errors[0], 'en')}`,
    );
  }
  return definition as ProcedureDefinitionLike;
}

export function describe(p: Pick<Problem, 'code' | 'path' | 'message'>, lang: 'vi' | 'en'): string {
  return `${p.code} ${p.path || '/'} — ${p.message[lang]}`;
}
