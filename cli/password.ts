/**
 * A password the operator types (twice, not echoed) or pipes in on the first line of standard input: never an
 * argument (other users of the machine see the arguments of running processes) and never printed.
 */
import { createInterface } from 'node:readline';
import { cliError } from './failure.ts';
import { message } from '../runtime/engine/messages/index.ts';

/** One line from a terminal, not echoed. */
function ask(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // readline echoes what is typed through _writeToOutput: only the prompt is let through.
  const silent = rl as unknown as { _writeToOutput: (s: string) => void };
  silent._writeToOutput = (s) => {
    if (s.startsWith(prompt)) process.stderr.write(prompt);
  };
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function firstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

export async function readPassword(what: { vi: string; en: string }): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await ask(`Mật khẩu ${what.vi} / Password of ${what.en}: `);
    if ((await ask('Nhập lại / Again: ')) !== password) {
      cliError('PASSWORD_MISMATCH', message('cli.passwordMismatch'));
    }
  } else password = await firstLine();
  if (password === '') {
    cliError('PASSWORD_MISSING', message('cli.passwordMissing', { what }));
  }
  return password;
}
