import { parseArgs, type Args } from './args.ts';
import { CliError } from './failure.ts';
import { commands, type Command } from './commands/index.ts';
import { message } from '../runtime/engine/messages/index.ts';

export interface Output {
  /** What `--json` prints. */
  json: unknown;
  /** What a person reads. */
  text: string;
  exitCode: number;
}

const COLUMN = 57;

/** One line per command from the registry; a call too long for its column puts the summary on the next line. */
function usageText(): string {
  const lines = Object.values(commands).flatMap(({ usage, summary }) => {
    const call = `  motcua ${usage}`;
    const [first, ...rest] = summary.split('\n');
    const head = call.length < COLUMN ? [call.padEnd(COLUMN) + first] : [call, ' '.repeat(COLUMN) + first];
    return [...head, ...rest.map((line) => ' '.repeat(COLUMN) + line)];
  });
  return [
    'motcua — công cụ dòng lệnh của Một Cửa (the Một Cửa command line)',
    '',
    ...lines,
    '',
    'Mọi lệnh nhận --json. Every command takes --json.',
    'Mã thoát / exit codes: 0 thành công / success; 1 đầu vào sai / the input is wrong; 2 dùng lệnh sai / wrong usage.',
  ].join('\n');
}

const COMMON_OPTIONS = ['json', 'help'];

/** Refuses what a command does not take, rather than silently ignoring a mistyped option. */
function checkUsage(args: Args, signature: Command): void {
  const unknown = Object.keys(args.options).filter(
    (name) => !COMMON_OPTIONS.includes(name) && !signature.options.includes(name),
  );
  if (unknown.length > 0) {
    const known = signature.options.map((o) => `--${o}`).join(', ') || '—';
    throw new CliError(
      'ARGUMENT_UNKNOWN',
      message('cli.argumentUnknown', {
        command: String(args.command),
        unknown: unknown.map((o) => `--${o}`).join(', '),
        known,
      }),
    );
  }
  const extra = args.positional.slice(signature.positional);
  if (extra.length > 0) {
    throw new CliError(
      'ARGUMENT_UNEXPECTED',
      message('cli.commandTakesNoFurther', { command: String(args.command), extra: extra.join(' ') }),
    );
  }
}

function report(error: CliError, json: boolean): void {
  const body = { error: { code: error.code, message: error.localized } };
  if (json) console.log(JSON.stringify(body, null, 2));
  else console.error(`Lỗi: ${error.localized.vi}\nError: ${error.localized.en}`);
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const json = args.options.json === true;
  if (args.options.help) {
    console.log(usageText());
    return 0;
  }
  if (args.command === undefined) {
    console.error(usageText());
    return 2;
  }
  const command = Object.hasOwn(commands, args.command) ? commands[args.command] : undefined;
  try {
    if (!command) {
      throw new CliError(
        'COMMAND_UNKNOWN',
        message('cli.commandUnknown', {
          command: args.command,
          commands: Object.keys(commands).join(', '),
        }),
      );
    }
    checkUsage(args, command);
    const output = await command.run(args);
    console.log(json ? JSON.stringify(output.json, null, 2) : output.text);
    return output.exitCode;
  } catch (error) {
    if (error instanceof CliError) {
      report(error, json);
      return 2;
    }
    // A bug, not a mistake of the user's: one clear line; the stack only when asked for (MOTCUA_DEBUG=1).
    const detail = error instanceof Error ? error.message : String(error);
    report(new CliError('INTERNAL_ERROR', message('cli.internalError', { message: detail })), json);
    if (process.env.MOTCUA_DEBUG) console.error(error);
    return 1;
  }
}
