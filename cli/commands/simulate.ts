import { dirname, resolve } from 'node:path';
import type { Args } from '../args.ts';
import { readJson } from '../files.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { loadRunnable } from './definition.ts';
import { dossierView, simulate, type Scenario } from './engine.ts';

export function simulateCommand(args: Args): Output {
  const path = args.positional[0];
  const scenario = readJson(path, 'kịch bản / the scenario') as Scenario & { definition?: unknown };
  if (
    typeof scenario !== 'object' ||
    scenario === null ||
    typeof scenario.definition !== 'string' ||
    typeof scenario.submit !== 'object'
  ) {
    cliError(
      'SCENARIO_INVALID',
      'Kịch bản cần "definition" (đường dẫn) và "submit" ({at, channel, data}).',
      'A scenario needs "definition" (a path) and "submit" ({at, channel, data}).',
    );
  }
  const definition = loadRunnable(resolve(dirname(path), scenario.definition));
  const result = simulate(definition, scenario);
  if (!result.ok) {
    const { code, message } = result.error;
    return {
      json: { error: { code, message, step: result.step } },
      text: `Bước ${result.step}: ${code} — ${message.vi}\nStep ${result.step}: ${message.en}`,
      exitCode: 1,
    };
  }
  const view = dossierView(result.dossier);
  const text = [
    `Trạng thái / status: ${view.status}${view.timing ? ` (${view.timing})` : ''}`,
    `Tiếp nhận / received: ${view.receivedAt ?? '—'}   Hạn / due: ${view.dueAt ?? '—'}   Hẹn lại / promised: ${view.promisedAt ?? '—'}`,
    `Kết thúc / finished: ${view.finishedAt ?? '—'}   Phí / fees: ${view.fees.total} đ`,
    ...view.openTasks.map((t) => `Đang chờ / open: ${t.node} (${t.role}, ${t.unit}) hạn ${t.dueAt ?? '—'}`),
    'Lịch sử / history:',
    ...view.history.map(
      (h) => `  ${h.at}  ${h.event.padEnd(20)} ${h.role.padEnd(11)} ${h.node ?? ''} → ${h.status}`,
    ),
  ].join('\n');
  return { json: view, text, exitCode: 0 };
}
