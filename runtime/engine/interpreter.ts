import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import {
  ACTIONS,
  type Action,
  type ActionEvent,
  type Channel,
  type Dossier,
  type DossierEvent,
  type EngineResult,
  type Task,
} from './dossier.ts';
import { EngineFailure, fail } from './errors.ts';
import { dossierActions } from './dossier-actions.ts';
import { computeFees } from './fees.ts';
import { checkForm } from './form-check.ts';
import { lintCached } from './lint/index.ts';
import { nodeType } from './nodes/registry.ts';
import { isPlainObject } from './objects.ts';
import type { ActionSpec } from './nodes/types.ts';
import { processIndex } from './process-index.ts';
import { isRole } from './roles.ts';
import { Run, type EngineContext } from './run.ts';
import { requiredComponents } from './components.ts';
import { RuleError } from './rules/index.ts';
import { formatInstant } from './time/index.ts';

export interface Submission {
  data: Record<string, unknown>;
  channel: Channel;
  /** The handling unit; default: the procedure's implementing unit. */
  unit?: string;
  /** `citizen` online, or `reception` entering a walk-in's dossier at the counter. */
  role?: 'citizen' | 'reception';
  actor?: string;
  /** Ids of the dossier components handed in; when given, required ones are checked. */
  components?: string[];
}

const CHANNELS: Channel[] = ['online', 'counter', 'post'];

/** Turns every failure into data: the engine never throws at its callers and never half-changes a dossier. */
function guarded(body: () => EngineResult): EngineResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof EngineFailure) return { ok: false, error: error.error };
    if (error instanceof RuleError) {
      return { ok: false, error: { code: 'RULE_FAILED', message: error.localized } };
    }
    throw error;
  }
}

function assertRunnable(definition: ProcedureDefinition): void {
  const errors = lintCached(definition).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    fail(
      'DEFINITION_INVALID',
      `Định nghĩa thủ tục có ${errors.length} lỗi, chưa thể vận hành (lỗi đầu tiên: ${errors[0].message.vi}).`,
      `The procedure definition has ${errors.length} error(s) and cannot run (first: ${errors[0].message.en}).`,
      { path: errors[0].path, details: errors },
    );
  }
}

/** A new dossier from a submission: validated, fees computed, handed to the first step. */
export function start(
  definition: ProcedureDefinition,
  submission: Submission,
  ctx: EngineContext,
): EngineResult {
  return guarded(() => {
    assertRunnable(definition);
    if (definition.level === 'info_only') {
      fail(
        'PROCEDURE_INFO_ONLY',
        'Thủ tục này chỉ cung cấp thông tin, không tiếp nhận hồ sơ trực tuyến.',
        'This procedure only provides information; it does not take dossiers.',
      );
    }
    if (!CHANNELS.includes(submission.channel)) {
      fail(
        'INPUT_INVALID',
        `Kênh nộp "${submission.channel}" không hợp lệ.`,
        `Unknown channel "${submission.channel}".`,
        {
          path: '/channel',
        },
      );
    }
    const data = checkForm(definition, submission.data, { now: ctx.now });
    if (submission.components) checkComponents(definition, data, submission.components, ctx);
    const dossier: Dossier = {
      procedure: definition.code,
      unit: submission.unit ?? definition.unit,
      channel: submission.channel,
      status: 'submitted',
      data,
      fees: { ...computeFees(definition, data, { now: ctx.now }), paid: 0 },
      submittedAt: ctx.now,
      taken: false,
      tasks: [],
      joins: {},
      supplementRequested: false,
      consultations: [],
      outcomes: {},
      history: [],
      seq: 0,
    };
    const index = processIndex(definition);
    const run = new Run(definition, index, dossier, ctx);
    run.record({ at: ctx.now, event: 'submit', role: submission.role ?? 'citizen', actor: submission.actor });
    run.notify({ role: 'citizen' }, 'submitted', {
      vi: 'Hồ sơ đã được nộp và đang chờ tiếp nhận.',
      en: 'Your dossier was submitted and awaits reception.',
    });
    run.enter(index.start!.id);
    return { ok: true, dossier: run.result(), effects: run.effects };
  });
}

function checkComponents(
  definition: ProcedureDefinition,
  data: unknown,
  given: string[],
  ctx: EngineContext,
) {
  const known = new Set(definition.components.map((c) => c.id));
  const unknown = given.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    fail(
      'COMPONENT_UNKNOWN',
      `Thành phần hồ sơ không có trong thủ tục: ${unknown.join(', ')}.`,
      `Components not in the procedure: ${unknown.join(', ')}.`,
      { path: '/components', details: unknown },
    );
  }
  const missing = requiredComponents(definition, data, { now: ctx.now }).filter((id) => !given.includes(id));
  if (missing.length > 0) {
    const names = missing.map((id) => definition.components.find((c) => c.id === id)!.name);
    fail(
      'COMPONENTS_MISSING',
      `Thiếu thành phần hồ sơ bắt buộc: ${names.map((n) => n.vi).join('; ')}.`,
      `Required components are missing: ${names.map((n) => n.en).join('; ')}.`,
      { path: '/components', details: missing },
    );
  }
}

/** One action or timer on a dossier: the new dossier and its effects, or a typed error and nothing changed. */
export function apply(
  definition: ProcedureDefinition,
  dossier: Dossier,
  event: DossierEvent,
  ctx: EngineContext,
): EngineResult {
  return guarded(() => {
    assertRunnable(definition);
    if (dossier.outcome) {
      fail(
        'DOSSIER_FINISHED',
        'Hồ sơ đã kết thúc, không thể thực hiện thêm.',
        'The dossier is finished; nothing more can be done.',
      );
    }
    // Typed, yet it comes from outside (a request body, a scenario file): checked as unknown.
    if (!isPlainObject(event as unknown)) {
      fail(
        'INPUT_INVALID',
        'Sự kiện phải là một đối tượng: một hành động hoặc một hẹn giờ.',
        'The event must be an object: an action or a timer.',
      );
    }
    // The history is a timeline: an event dated before its last entry would make durations run backward.
    const last = dossier.history.at(-1);
    if (last && ctx.now < last.at) {
      fail(
        'TIME_OUT_OF_ORDER',
        `Thời điểm ${formatInstant(ctx.now)} sớm hơn sự kiện cuối cùng của hồ sơ (${formatInstant(last.at)}).`,
        `${formatInstant(ctx.now)} is earlier than the dossier's last event (${formatInstant(last.at)}).`,
      );
    }
    const run = new Run(definition, processIndex(definition), dossier, ctx);
    if ('timer' in event) onTimer(run, event.timer);
    else onAction(run, event);
    return { ok: true, dossier: run.result(), effects: run.effects };
  });
}

function onAction(run: Run, event: ActionEvent): void {
  if (!ACTIONS.includes(event.action as Action)) {
    fail(
      'ACTION_UNKNOWN',
      `Hành động "${event.action}" không tồn tại.`,
      `Unknown action "${event.action}".`,
      {
        path: '/action',
      },
    );
  }
  if (!isRole(event.role)) {
    fail('ROLE_UNKNOWN', `Vai trò "${event.role}" không tồn tại.`, `Unknown role "${event.role}".`, {
      path: '/role',
    });
  }
  if (event.input !== undefined && !isPlainObject(event.input)) {
    fail('INPUT_INVALID', 'input phải là một đối tượng.', 'input must be an object.', { path: '/input' });
  }
  const dossierWide = dossierActions[event.action as keyof typeof dossierActions];
  if (!dossierWide && run.d.pause) {
    fail(
      'DOSSIER_AWAITING_SUPPLEMENT',
      'Hồ sơ đang chờ tổ chức, cá nhân bổ sung; chưa thể xử lý tiếp.',
      'The dossier is waiting for the applicant to supplement it; it cannot be processed now.',
    );
  }
  const found = dossierWide ? undefined : findTask(run, event);
  run.record({
    at: run.now,
    event: event.action,
    role: event.role,
    actor: event.actor,
    node: found?.task.node ?? event.node,
    unit: found?.task.unit ?? event.unit,
    input: event.input,
  });
  if (!found) return dossierWide!(run, event);
  // Paying is the applicant's act (or the counter's cash desk), not the agency taking the dossier up.
  if (event.action !== 'accept' && event.action !== 'pay') run.d.taken = true;
  found.spec.run(run, run.node(found.task.node), found.task, event);
}

/** The open task the action is for, checked against the role and unit that hold it. */
function findTask(run: Run, event: ActionEvent): { task: Task; spec: ActionSpec } {
  const candidates = run.d.tasks.flatMap((task) => {
    const node = run.node(task.node);
    const spec = nodeType(node.type).actions.find(
      (a) =>
        a.action === event.action && (a.taskKind ?? 'work') === task.kind && (a.available?.(node) ?? true),
    );
    return spec && (event.node === undefined || event.node === node.id) ? [{ task, spec, node }] : [];
  });
  if (candidates.length === 0) {
    const at = event.node ? ` tại bước "${event.node}"` : '';
    const atEn = event.node ? ` at step "${event.node}"` : '';
    fail(
      'ACTION_NOT_AVAILABLE',
      `Hành động "${event.action}" không thực hiện được lúc này${at}: không có công việc nào đang mở cho hành động này.`,
      `Action "${event.action}" is not available now${atEn}: no open task offers it.`,
      { path: '/action', details: { openTasks: run.d.tasks.map((t) => ({ node: t.node, role: t.role })) } },
    );
  }
  const permitted = candidates.filter(({ spec, node }) => spec.roles(node).includes(event.role));
  if (permitted.length === 0) {
    const roles = [...new Set(candidates.flatMap(({ spec, node }) => spec.roles(node)))].join(', ');
    fail(
      'ROLE_NOT_ALLOWED',
      `Vai trò "${event.role}" không được thực hiện "${event.action}" ở bước này (dành cho: ${roles}).`,
      `Role "${event.role}" may not "${event.action}" here (allowed: ${roles}).`,
      { path: '/role' },
    );
  }
  const inUnit = permitted.filter(
    ({ task }) => event.unit === undefined || event.role === 'citizen' || task.unit === event.unit,
  );
  if (inUnit.length === 0) {
    fail(
      'UNIT_NOT_ALLOWED',
      `Đơn vị "${event.unit}" không giữ công việc này (đơn vị xử lý: ${permitted.map((c) => c.task.unit).join(', ')}).`,
      `Unit "${event.unit}" does not hold this task (held by: ${permitted.map((c) => c.task.unit).join(', ')}).`,
      { path: '/unit' },
    );
  }
  if (inUnit.length > 1) {
    fail(
      'NODE_REQUIRED',
      `Có nhiều bước cùng chờ "${event.action}"; hãy chỉ rõ bước (node): ${inUnit.map((c) => c.node.id).join(', ')}.`,
      `Several steps await "${event.action}"; name the step (node): ${inUnit.map((c) => c.node.id).join(', ')}.`,
      { path: '/node' },
    );
  }
  return inUnit[0];
}

function onTimer(run: Run, timer: string): void {
  const stale = () =>
    fail(
      'TIMER_STALE',
      `Hẹn giờ "${String(timer)}" không còn hiệu lực với hồ sơ này.`,
      `Timer "${String(timer)}" no longer applies to this dossier.`,
      { path: '/timer' },
    );
  if (typeof timer !== 'string') return stale();
  const [kind, taskId] = timer.split(':');
  const d = run.d;
  if (kind === 'dossier_due' || kind === 'dossier_warning') {
    if (d.dueAt === undefined || d.pause || d.resultAt !== undefined) return stale();
    const overdue = kind === 'dossier_due';
    // A timer whose time has not come belongs to an earlier schedule (the due time moved after a supplement).
    if (run.now < (overdue ? d.dueAt : run.warningAt(d.dueAt))) return stale();
    run.record({ at: run.now, event: overdue ? 'overdue' : 'due_warning', role: 'system' });
    for (const to of [
      { role: 'leader', unit: d.unit },
      ...d.tasks.map((t) => ({ role: t.role, unit: t.unit })),
    ]) {
      run.notify(to, overdue ? 'dossier_overdue' : 'dossier_due_soon', {
        vi: overdue ? 'Hồ sơ đã quá hạn giải quyết.' : 'Hồ sơ sắp đến hạn giải quyết (còn 1 ngày làm việc).',
        en: overdue ? 'The dossier is overdue.' : 'The dossier is due within one working day.',
      });
    }
    return;
  }
  const task = d.tasks.find((t) => t.id === taskId);
  // Each task has one deadline timer: reply_due for a consulted unit's reply, step_due for ordinary work.
  const expected = task?.kind === 'reply' ? 'reply_due' : 'step_due';
  if (!task || kind !== expected || task.dueAt === undefined || run.now < task.dueAt) return stale();
  const node = run.node(task.node);
  if (kind === 'reply_due') return nodeType(node.type).onTimer?.(run, node, task);
  run.record({ at: run.now, event: 'step_overdue', role: 'system', node: node.id, unit: task.unit });
  run.notify({ role: task.role, unit: task.unit }, 'step_overdue', {
    vi: `Bước "${node.label?.vi ?? node.id}" đã quá thời gian được giao.`,
    en: `Step "${node.label?.en ?? node.id}" is past its time allotment.`,
  });
}
