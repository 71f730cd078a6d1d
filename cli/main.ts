import { parseArgs } from './args.ts';
import { CliError } from './failure.ts';
import { commands } from './commands/index.ts';

export interface Output {
  /** What `--json` prints. */
  json: unknown;
  /** What a person reads. */
  text: string;
  exitCode: number;
}

const USAGE = `motcua — công cụ dòng lệnh của Một Cửa (the Một Cửa command line)

  motcua lint <definition.json>                          kiểm tra định nghĩa thủ tục / lint a definition
  motcua validate <definition.json> --data <form.json>   kiểm tra dữ liệu tờ khai / validate form data
  motcua fees <definition.json> --data <form.json> [--at <ISO>]
                                                         tính phí, lệ phí / compute fees
  motcua due --from <ISO> --amount <n> --unit <unit> [--calendar <file>]
                                                         tính hạn / compute a due time
  motcua simulate <scenario.json>                        chạy kịch bản / run a scenario

Mọi lệnh nhận --json. Every command takes --json.`;

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const json = args.options.json === true;
  const run = args.command ? commands[args.command] : undefined;
  if (!run || args.options.help) {
    console.log(USAGE);
    return args.command && !args.options.help ? 2 : 0;
  }
  try {
    const output = await run(args);
    console.log(json ? JSON.stringify(output.json, null, 2) : output.text);
    return output.exitCode;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const body = { error: { code: error.code, message: error.localized } };
    if (json) console.log(JSON.stringify(body, null, 2));
    else console.error(`Lỗi: ${error.localized.vi}\nError: ${error.localized.en}`);
    return 2;
  }
}
