import { readFileSync } from 'node:fs';
import { cliError } from './failure.ts';

/** Reads a JSON file, naming the file and the problem when it cannot. */
export function readJson(path: string | true | undefined, what: string): unknown {
  if (typeof path !== 'string')
    cliError('ARGUMENT_MISSING', `Thiếu đường dẫn ${what}.`, `Missing the path of ${what}.`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return cliError('FILE_NOT_FOUND', `Không đọc được tệp ${path}.`, `Cannot read the file ${path}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return cliError(
      'FILE_NOT_JSON',
      `Tệp ${path} không phải JSON hợp lệ: ${(error as Error).message}`,
      `The file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}
