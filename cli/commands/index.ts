import type { Args } from '../args.ts';
import { audit } from './audit.ts';
import type { Output } from '../main.ts';
import { due } from './due.ts';
import { fees } from './fees.ts';
import { lint } from './lint.ts';
import { simulateCommand } from './simulate.ts';
import { validate } from './validate.ts';

/** A command and what it takes, so that main's usage check cannot miss a command. */
export interface Command {
  run(args: Args): Output | Promise<Output>;
  /** How many positional arguments it takes. */
  positional: number;
  /** The options it takes, besides --json and --help. */
  options: string[];
}

export const commands: Record<string, Command> = {
  lint: { run: lint, positional: 1, options: [] },
  validate: { run: validate, positional: 1, options: ['data', 'at'] },
  fees: { run: fees, positional: 1, options: ['data', 'at'] },
  due: { run: due, positional: 0, options: ['from', 'amount', 'unit', 'calendar'] },
  simulate: { run: simulateCommand, positional: 1, options: [] },
  audit: { run: audit, positional: 1, options: ['data'] },
};
