import { readFileSync } from 'node:fs';
import type { Localized } from '../runtime/engine/index.ts';
import { cliError } from './failure.ts';

/** Reads a JSON file, naming the file and the problem when it cannot. `what` names the file in both languages. */
export function readJson(path: string | true | undefined, what: Localized): unknown {
  if (typeof path !== 'string')
    cliError('ARGUMENT_MISSING', `Thiếu đường dẫn tới ${what.vi}.`, `Missing the path of ${what.en}.`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return cliError(
      'FILE_NOT_FOUND',
      `Không đọc được tệp ${path} (${what.vi}).`,
      `Cannot read the file ${path} (${what.en}).`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return cliError(
      'FILE_NOT_JSON',
      `Tệp ${path} (${what.vi}) không phải JSON hợp lệ: ${(error as Error).message}`,
      `The file ${path} (${what.en}) is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export const DEFINITION: Localized = { vi: 'định nghĩa thủ tục', en: 'the procedure definition' };
export const FORM_DATA: Localized = { vi: 'dữ liệu tờ khai (--data)', en: 'the form data (--data)' };
export const CALENDAR: Localized = { vi: 'lịch làm việc (--calendar)', en: 'the calendar (--calendar)' };
export const SCENARIO: Localized = { vi: 'kịch bản', en: 'the scenario' };
