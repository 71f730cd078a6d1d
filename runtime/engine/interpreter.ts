import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import {
  ACTIONS,
  type Action,
  type ActionEvent,
  type Channel,
  type Dossier,
  type DossierEvent,
  type EngineResult,
} from './dossier.ts';
import { EngineFailure, fail } from './errors.ts';
import { dossierAction, type DossierActionSpec } from './dossier-actions.ts';
import { computeFees } from './fees.ts';
import { checkForm } from './form-check.ts';
import { nodeType } from './nodes/registry.ts';
import { isPlainObject } from './objects.ts';
import {
  handlesDossier,
  holdsTask,
  requireOpen,
  requireRunnable,
  taskOffers,
  type TaskOffer,
} from './permissions.ts';
import { processIndex } from './process-index.ts';
import { isRole } from './roles.ts';
import { Run, type EngineContext } from './run.ts';
import { handIn, requireComponents } from './components.ts';
import { RuleError } from './rules/index.ts';
import { message } from './messages/index.ts';

export interface Submission {
  data: Record<string, unknown>;
  channel: Channel;
  /** The handling unit; default: the procedure's implementing unit. */
  unit?: string;
  /** `citizen` online, or `reception` entering a walk-in's dossier at the counter. */
  role?: 'citizen' | 'reception';
  actor?: string;
  /**
   * Ids of the dossier components handed in: online, the components of the uploaded files; at the counter or by
   * post, what the officer lists. Absent means none: the required ones are checked whatever is sent.
   */
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

/** A new dossier from a submission: validated, fees computed, handed to the first step. */
export function start(
  definition: ProcedureDefinition,
  submission: Submission,
  ctx: EngineContext,
): EngineResult {
  return guarded(() => {
    requireRunnable(definition);
    if (definition.level === 'info_only') {
      fail('PROCEDURE_INFO_ONLY', message('interpreter.procedureInfoOnly'));
    }
    if (!CHANNELS.includes(submission.channel)) {
      fail('INPUT_INVALID', message('interpreter.channelUnknown', { channel: submission.channel }), {
        path: '/channel',
      });
    }
    const data = checkForm(definition, submission.data, { now: ctx.now });
    const components = handIn(definition, [], submission.components ?? [], '/components');
    requireComponents(definition, data, components, { now: ctx.now }, '/components');
    const dossier: Dossier = {
      procedure: definition.code,
      unit: submission.unit ?? definition.unit,
      channel: submission.channel,
      status: 'submitted',
      data,
      components,
      fees: { ...computeFees(definition, data, { now: ctx.now }), paid: 0 },
      submittedAt: ctx.now,
      taken: false,
      tasks: [],
      traversed: [],
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
    run.notify({ role: 'citizen' }, 'submitted', message('interpreter.submittedNotice'));
    run.enter(index.start!.id);
    return { ok: true, dossier: run.result(), effects: run.effects };
  });
}

/** One action or timer on a dossier: the new dossier and its effects, or a typed error and nothing changed. */
export function apply(
  definition: ProcedureDefinition,
  dossier: Dossier,
  event: DossierEvent,
  ctx: EngineContext,
): EngineResult {
  return guarded(() => {
    requireOpen(definition, dossier, ctx.now);
    // Typed, yet it comes from outside (a request body, a scenario file): checked as unknown.
    if (!isPlainObject(event as unknown)) {
      fail('INPUT_INVALID', message('interpreter.eventNotObject'));
    }
    const run = new Run(definition, processIndex(definition), dossier, ctx);
    if ('timer' in event) onTimer(run, event.timer);
    else onAction(run, event);
    return { ok: true, dossier: run.result(), effects: run.effects };
  });
}

function onAction(run: Run, event: ActionEvent): void {
  if (!ACTIONS.includes(event.action as Action)) {
    fail('ACTION_UNKNOWN', message('interpreter.actionUnknown', { action: event.action }), {
      path: '/action',
    });
  }
  if (!isRole(event.role)) {
    fail('ROLE_UNKNOWN', message('interpreter.roleUnknown', { role: event.role }), {
      path: '/role',
    });
  }
  if (event.input !== undefined && !isPlainObject(event.input)) {
    fail('INPUT_INVALID', message('interpreter.inputNotObject'), { path: '/input' });
  }
  const dossierWide = dossierAction(event.action);
  if (dossierWide) checkDossierWide(run, dossierWide, event);
  else if (run.d.pause) {
    fail('DOSSIER_AWAITING_SUPPLEMENT', message('interpreter.dossierAwaitingSupplement'));
  }
  const found = dossierWide ? undefined : findTask(run, event);
  found?.spec.guard?.(run, found.node);
  run.record({
    at: run.now,
    event: event.action,
    role: event.role,
    actor: event.actor,
    node: found?.task.node ?? event.node,
    unit: found?.task.unit ?? event.unit,
    input: event.input,
  });
  if (!found) return dossierWide!.run(run, event);
  // Paying is the applicant's act (or the counter's cash desk), not the agency taking the dossier up.
  if (event.action !== 'accept' && event.action !== 'pay') run.d.taken = true;
  found.spec.run(run, found.node, found.task, event);
}

/** A dossier-wide action: by one of its roles, from a unit that handles the dossier, when its state allows. */
function checkDossierWide(run: Run, spec: DossierActionSpec, event: ActionEvent): void {
  if (!spec.roles.includes(event.role)) {
    fail(
      'ROLE_NOT_ALLOWED',
      message('interpreter.roleNotAllowed', {
        role: event.role,
        action: event.action,
        roles: spec.roles.join(', '),
      }),
      { path: '/role' },
    );
  }
  if (!handlesDossier(run.d, event.unit)) {
    fail('UNIT_NOT_ALLOWED', message('interpreter.unitNotAllowed', { unit: String(event.unit) }), {
      path: '/unit',
    });
  }
  spec.guard?.(run);
}

/** The open task the action is for, checked against the role and unit that hold it. */
function findTask(run: Run, event: ActionEvent): TaskOffer {
  const candidates = taskOffers(run).filter(
    ({ spec, node }) => spec.action === event.action && (event.node === undefined || event.node === node.id),
  );
  if (candidates.length === 0) {
    const at = event.node ? message('interpreter.atStep', { node: event.node }) : '';
    fail('ACTION_NOT_AVAILABLE', message('interpreter.actionNotAvailable', { action: event.action, at }), {
      path: '/action',
      details: { openTasks: run.d.tasks.map((t) => ({ node: t.node, role: t.role })) },
    });
  }
  const permitted = candidates.filter(({ spec, node }) => spec.roles(node).includes(event.role));
  if (permitted.length === 0) {
    const roles = [...new Set(candidates.flatMap(({ spec, node }) => spec.roles(node)))].join(', ');
    fail(
      'ROLE_NOT_ALLOWED',
      message('interpreter.roleNotAllowedHere', { role: event.role, action: event.action, roles }),
      { path: '/role' },
    );
  }
  const inUnit = permitted.filter(({ task }) => holdsTask(task, event.role, event.unit));
  if (inUnit.length === 0) {
    fail(
      'UNIT_NOT_ALLOWED',
      message('interpreter.unitNotHoldingTask', {
        unit: String(event.unit),
        units: permitted.map((c) => c.task.unit).join(', '),
      }),
      { path: '/unit' },
    );
  }
  if (inUnit.length > 1) {
    fail(
      'NODE_REQUIRED',
      message('interpreter.nodeRequired', {
        action: event.action,
        nodes: inUnit.map((c) => c.node.id).join(', '),
      }),
      { path: '/node' },
    );
  }
  return inUnit[0];
}

function onTimer(run: Run, timer: string): void {
  const stale = () =>
    fail('TIMER_STALE', message('interpreter.timerStale', { timer: String(timer) }), { path: '/timer' });
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
      run.notify(
        to,
        overdue ? 'dossier_overdue' : 'dossier_due_soon',
        message(overdue ? 'interpreter.dossierOverdue' : 'interpreter.dossierDueSoon'),
      );
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
  run.notify(
    { role: task.role, unit: task.unit },
    'step_overdue',
    message('interpreter.stepOverdue', { step: node.label ?? node.id }),
  );
}
