import type { Args } from '../args.ts';
import { audit } from './audit.ts';
import type { Output } from '../main.ts';
import { due } from './due.ts';
import { fees } from './fees.ts';
import { lint } from './lint.ts';
import { simulateCommand } from './simulate.ts';
import { validate } from './validate.ts';

export const commands: Record<string, (args: Args) => Output | Promise<Output>> = {
  lint,
  validate,
  fees,
  due,
  simulate: simulateCommand,
  audit,
};
