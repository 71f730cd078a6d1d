import type { Args } from '../args.ts';
import { cliError } from '../failure.ts';
import { parseInstant } from './engine.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** `--at <ISO>` fixes "today" for rules (fees, visibility); otherwise the CLI reads the clock — the engine never does. */
export function nowOption(args: Args): number {
  const at = args.options.at;
  if (at === undefined) return Date.now();
  const parsed = typeof at === 'string' ? parseInstant(at) : undefined;
  if (parsed === undefined) cliError('ARGUMENT_INVALID', message('cli.atInvalid'));
  return parsed;
}
