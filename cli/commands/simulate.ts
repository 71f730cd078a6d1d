import { dirname, resolve } from 'node:path';
import type { Args } from '../args.ts';
import { readJson, SCENARIO } from '../files.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { loadRunnable } from './definition.ts';
import { checkScenario, dossierView, simulate, type Scenario } from './engine.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export function simulateCommand(args: Args): Output {
  const path = args.positional[0];
  const raw = readJson(path, SCENARIO);
  // The engine's own check of the scenario's shape; a wrong file is a usage error (exit 2), like a missing one.
  const invalid = checkScenario(raw);
  if (invalid) cliError(invalid.code, invalid.message);
  const scenario = raw as Scenario & { definition?: string };
  // Optional for the engine (which is handed the definition), required of a file.
  if (typeof scenario.definition !== 'string') {
    cliError('SCENARIO_INVALID', message('cli.scenarioInvalid'));
  }
  const definition = loadRunnable(resolve(dirname(path as string), scenario.definition));
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
    `Tiếp nhận / received: ${view.receivedAt ?? '—'}   Coi như tiếp nhận / deemed received: ${view.deemedReceivedAt ?? '—'}`,
    `Hạn / due: ${view.dueAt ?? '—'}   Hẹn lại / promised: ${view.promisedAt ?? '—'}`,
    `Kết thúc / finished: ${view.finishedAt ?? '—'}   Phí / fees: ${view.fees.total} đ (đã nộp / paid ${view.fees.paid} đ)`,
    ...view.openTasks.map((t) => `Đang chờ / open: ${t.node} (${t.role}, ${t.unit}) hạn ${t.dueAt ?? '—'}`),
    'Lịch sử / history:',
    ...view.history.map(
      (h) =>
        `  ${h.at}  ${h.event.padEnd(20)} ${h.role.padEnd(11)} ${(h.node ?? '').padEnd(20)} ${(h.unit ?? '').padEnd(14)} → ${h.status}`,
    ),
  ].join('\n');
  return { json: view, text, exitCode: 0 };
}
