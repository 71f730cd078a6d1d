import { readFileSync } from 'node:fs';
import type { Localized } from '../runtime/engine/index.ts';
import { cliError } from './failure.ts';
import { message } from '../runtime/engine/messages/index.ts';

/** Reads a JSON file, naming the file and the problem when it cannot. `what` names the file in both languages. */
export function readJson(path: string | true | undefined, what: Localized): unknown {
  if (typeof path !== 'string') cliError('ARGUMENT_MISSING', message('cli.argumentMissing', { what }));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return cliError('FILE_NOT_FOUND', message('cli.fileNotFound', { path, what }));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return cliError(
      'FILE_NOT_JSON',
      message('cli.fileNotJson', { path, what, error: (error as Error).message }),
    );
  }
}

export const DEFINITION: Localized = message('cli.procedureDefinition');
export const FORM_DATA: Localized = message('cli.formDataFile');
export const CALENDAR: Localized = message('cli.calendarFile');
export const SCENARIO: Localized = message('cli.scenario');
