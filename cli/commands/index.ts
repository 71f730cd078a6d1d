import type { Args } from '../args.ts';
import { audit } from './audit.ts';
import type { Output } from '../main.ts';
import { due } from './due.ts';
import { fees } from './fees.ts';
import { init } from './init.ts';
import { lint } from './lint.ts';
import { partition } from './partition.ts';
import { simulateCommand } from './simulate.ts';
import { units, UNITS_USAGE } from './units.ts';
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
    options: ['from', 'amount', 'unit', 'calendar', 'cutoff'],
    usage: 'due --from <ISO> --amount <n> --unit <unit> [--calendar <file>] [--cutoff <HH:MM>]',
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
    options: ['data', 'at'],
    usage: 'audit verify|anchor [--data <dir>] [--at <ISO>]',
    summary:
      'kiểm tra chuỗi băm nhật ký (verify), ghi một mốc neo (anchor) / verify the audit hash chains, write an anchor\n' +
      '(DATABASE_URL chọn PostgreSQL / selects PostgreSQL)',
  },
  partition: {
    run: partition,
    positional: 0,
    options: ['partitions'],
    usage: 'partition [--partitions <2–256>]',
    summary:
      'chia các bảng lớn dần của PostgreSQL thành phân vùng băm (dừng máy chủ trước) / hash-partition the growing\n' +
      'PostgreSQL tables (stop the servers first)',
  },
  init: {
    run: init,
    positional: 0,
    options: ['units', 'admin', 'admin-name', 'calendar', 'year', 'data'],
    usage:
      'init --units <file.json|.csv> --admin <login> [--admin-name <name>] [--calendar <file>] [--year <YYYY>] [--data <dir>]',
    summary:
      'khởi tạo cơ sở dữ liệu để vận hành thật / set a fresh database up for production\n' +
      '(mật khẩu được hỏi, hoặc ở dòng đầu của đầu vào chuẩn / the password is asked, or read from stdin)',
  },
  units: {
    run: units,
    positional: 2,
    options: ['at', 'parent', 'root', 'kind', 'name-vi', 'name-en', 'into', 'effective', 'data'],
    usage: 'units list|create|rename|move|merge … [--data <dir>]',
    summary: ['quản lý cây đơn vị / manage the unit tree:', ...UNITS_USAGE.map((u) => `  ${u}`)].join('\n'),
  },
};
