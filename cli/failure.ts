import type { Localized } from '../runtime/engine/index.ts';

/** A CLI error the user caused (missing file, bad JSON, bad option): printed plainly, exit code 2. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}

export function cliError(code: string, text: Localized): never {
  throw new CliError(code, text);
}
