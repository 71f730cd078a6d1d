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
  /** How it is called (after `motcua`), and what it does in Vietnamese and English: the help text is built from these. */
  usage: string;
  summary: string;
}

export const commands: Record<string, Command> = {
  lint: {
    run: lint,
    positional: 1,
    options: [],
    usage: 'lint <definition.json>',
    summary: 'kiểm tra định nghĩa thủ tục / lint a definition',
  },
  validate: {
    run: validate,
    positional: 1,
    options: ['data', 'at'],
    usage: 'validate <definition.json> --data <form.json> [--at <ISO>]',
    summary: 'kiểm tra dữ liệu tờ khai / validate form data',
  },
  fees: {
    run: fees,
    positional: 1,
    options: ['data', 'at'],
    usage: 'fees <definition.json> --data <form.json> [--at <ISO>]',
    summary: 'tính phí, lệ phí / compute fees',
  },
  due: {
    run: due,
    positional: 0,
    options: ['from', 'amount', 'unit', 'calendar'],
    usage: 'due --from <ISO> --amount <n> --unit <unit> [--calendar <file>]',
    summary: 'tính hạn / compute a due time',
  },
  simulate: {
    run: simulateCommand,
    positional: 1,
    options: [],
    usage: 'simulate <scenario.json>',
    summary: 'chạy kịch bản / run a scenario',
  },
  audit: {
    run: audit,
    positional: 1,
    options: ['data'],
    usage: 'audit verify [--data <dir>]',
    summary:
      'kiểm tra chuỗi băm nhật ký / verify the audit hash chains\n' +
      '(DATABASE_URL chọn PostgreSQL / selects PostgreSQL)',
  },
};
