import { lint, type Problem, type ProcedureDefinitionLike } from './engine.ts';
import { DEFINITION, readJson } from '../files.ts';
import { cliError } from '../failure.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** Loads a definition and refuses to go on with one that has lint errors, listing them. */
export function loadRunnable(path: string | true | undefined): ProcedureDefinitionLike {
  const definition = readJson(path, DEFINITION);
  const errors = lint(definition).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    cliError(
      'DEFINITION_INVALID',
      message('cli.definitionInvalid', {
        count: errors.length,
        first: { vi: describe(errors[0], 'vi'), en: describe(errors[0], 'en') },
      }),
    );
  }
  return definition as ProcedureDefinitionLike;
}

export function describe(p: Pick<Problem, 'code' | 'path' | 'message'>, lang: 'vi' | 'en'): string {
  return `${p.code} ${p.path || '/'} — ${p.message[lang]}`;
}
