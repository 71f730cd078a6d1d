import type { Localized } from './problems.ts';

/** A refused action or submission: stable code, both languages, and where it applies. */
export interface EngineError {
  code: string;
  message: Localized;
  path?: string;
  details?: unknown;
}

/** Thrown inside the interpreter only, and always caught by `start`/`apply`, which return it as data. */
export class EngineFailure extends Error {
  constructor(readonly error: EngineError) {
    super(error.message.en);
  }
}

/** Refuses with a stable code and a message of the catalogue (`message(key, params)`). */
export function fail(
  code: string,
  message: Localized,
  extra: Omit<EngineError, 'code' | 'message'> = {},
): never {
  throw new EngineFailure({ code, message, ...extra });
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** Runs engine code that refuses by EngineFailure and returns the refusal as data. */
export function attempt<T>(body: () => T): Attempt<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof EngineFailure) return { ok: false, error: error.error };
    throw error;
  }
}
