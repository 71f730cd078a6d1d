import { dirname, resolve } from 'node:path';
import type { Args } from '../args.ts';
import { readJson, SCENARIO } from '../files.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { loadRunnable } from './definition.ts';
import { dossierView, simulate, type Scenario } from './engine.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The shape of a scenario file, checked before the engine sees it; the first problem is named by its JSON pointer. */
function shapeProblem(s: unknown): { path: string; vi: string; en: string } | undefined {
  if (!isObject(s)) return { path: '', vi: 'phải là một đối tượng JSON', en: 'must be a JSON object' };
  if (typeof s.definition !== 'string')
    return {
      path: '/definition',
      vi: 'phải là đường dẫn tới định nghĩa',
      en: 'must be the path of a definition',
    };
  if (s.calendar !== undefined && !isObject(s.calendar))
    return { path: '/calendar', vi: 'phải là một đối tượng', en: 'must be an object' };
  if (!isObject(s.submit))
    return { path: '/submit', vi: 'phải là {at, channel, data}', en: 'must be {at, channel, data}' };
  if (typeof s.submit.at !== 'string')
    return { path: '/submit/at', vi: 'phải là thời điểm ISO-8601', en: 'must be an ISO-8601 time' };
  if (!isObject(s.submit.data))
    return { path: '/submit/data', vi: 'phải là dữ liệu tờ khai', en: 'must be the form data (an object)' };
  if (s.steps !== undefined && !Array.isArray(s.steps))
    return { path: '/steps', vi: 'phải là một danh sách', en: 'must be a list' };
  for (const [i, step] of ((s.steps as unknown[] | undefined) ?? []).entries()) {
    if (!isObject(step))
      return { path: `/steps/${i}`, vi: 'phải là {at, role, action}', en: 'must be {at, role, action}' };
    for (const key of ['at', 'role', 'action'])
      if (typeof step[key] !== 'string')
        return { path: `/steps/${i}/${key}`, vi: 'phải là chuỗi ký tự', en: 'must be a string' };
  }
  if (s.until !== undefined && typeof s.until !== 'string')
    return { path: '/until', vi: 'phải là thời điểm ISO-8601', en: 'must be an ISO-8601 time' };
  return undefined;
}

export function simulateCommand(args: Args): Output {
  const path = args.positional[0];
  const raw = readJson(path, SCENARIO);
  const problem = shapeProblem(raw);
  if (problem) {
    cliError(
      'SCENARIO_INVALID',
      `Kịch bản không hợp lệ tại ${problem.path || '/'}: ${problem.vi}.`,
      `Invalid scenario at ${problem.path || '/'}: ${problem.en}.`,
    );
  }
  const scenario = raw as Scenario & { definition: string };
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
    `Tiếp nhận / received: ${view.receivedAt ?? '—'}   Hạn / due: ${view.dueAt ?? '—'}   Hẹn lại / promised: ${view.promisedAt ?? '—'}`,
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
