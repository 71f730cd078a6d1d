import type { Duration, ProcedureDefinition, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import type {
  Dossier,
  DossierStatus,
  Effect,
  HistoryEntry,
  Outcome,
  Recipient,
  SlipForm,
  Task,
  TimerKind,
} from './dossier.ts';
import { fail } from './errors.ts';
import { computeFees, feeLinesInEffect } from './fees.ts';
import type { Localized } from './problems.ts';
import { processingDuration } from './processing-time.ts';
import type { ProcessIndex } from './process-index.ts';
import {
  addDuration,
  addWorkingTime,
  classifyTiming,
  countWorkingTime,
  deemedReceipt,
  formatInstant,
  type Calendar,
} from './time/index.ts';
import { ruleData } from './facts.ts';
import { nodeType } from './nodes/registry.ts';
import { dueWarningAt } from './due-warning.ts';
import { message } from './messages/index.ts';

export interface EngineContext {
  /** The current instant, UTC ms: the engine never reads a clock. */
  now: number;
  calendar: Calendar;
}

/** Automatic nodes (decisions, splits) chain within one action; a graph that loops on itself is stopped here. */
const MAX_ENTERS_PER_ACTION = 1000;

const DOSSIER_TIMERS = ['dossier_due', 'dossier_warning'] as const;

const UNIT_WORDS: Record<Duration['unit'], Localized> = {
  working_days: message('run.workingDays'),
  working_half_days: message('run.workingHalfDays'),
  working_hours: message('run.workingHours'),
  days: message('run.days'),
};

/**
 * One state change of a dossier: a working copy plus the effects produced so far.
 * Node modules drive it; `start`/`apply` return its result or, if anything failed, the untouched dossier's error.
 */
export class Run {
  readonly effects: Effect[] = [];
  readonly d: Dossier;
  private readonly entries: HistoryEntry[] = [];
  private enters = 0;
  /** Edges of a split still to be followed in this run: branches already under way though they hold no task yet. */
  branchesPending = 0;

  constructor(
    readonly definition: ProcedureDefinition,
    readonly index: ProcessIndex,
    dossier: Dossier,
    readonly ctx: EngineContext,
  ) {
    // Copy what a run may change; the caller's dossier stays untouched if the run fails.
    this.d = {
      ...dossier,
      // Dossiers stored before components were recorded handed in none that the engine knows of.
      components: dossier.components ?? [],
      tasks: [...dossier.tasks],
      // Dossiers stored before the path was recorded start it from here.
      traversed: [...(dossier.traversed ?? [])],
      joins: { ...dossier.joins },
      consultations: [...dossier.consultations],
      outcomes: { ...dossier.outcomes },
    };
  }

  get now(): number {
    return this.ctx.now;
  }

  node(id: string): ProcessNode {
    const node = this.index.nodes.get(id);
    if (!node) fail('NODE_UNKNOWN', message('run.nodeUnknown', { id }));
    return node;
  }

  outgoing(node: ProcessNode): ProcessEdge[] {
    return this.index.outgoing.get(node.id) ?? [];
  }

  /** Moves a token into a node and lets its type decide what happens. */
  enter(nodeId: string, via?: string): void {
    if (++this.enters > MAX_ENTERS_PER_ACTION) {
      fail('PROCESS_LOOP', message('run.processLoop'));
    }
    const node = this.node(nodeId);
    if (via !== undefined) this.d.traversed!.push(via);
    nodeType(node.type).enter(this, node, via);
  }

  /** Follows every outgoing edge (the ordinary way out of a step). */
  leave(node: ProcessNode): void {
    const edges = this.outgoing(node);
    this.branchesPending += edges.length;
    for (const edge of edges) {
      this.branchesPending--;
      // A branch that ended the dossier (refused, stopped) ends the branches not yet started too.
      if (!this.d.outcome) this.enter(edge.target, edge.id);
    }
  }

  openTask(
    node: ProcessNode,
    holder: { role: string; unit: string },
    allotment?: Duration | { dueAt: number },
    kind: Task['kind'] = 'work',
  ): Task {
    const task: Task = {
      id: `t${++this.d.seq}`,
      node: node.id,
      role: holder.role,
      unit: holder.unit,
      openedAt: this.now,
      kind,
    };
    if (allotment) {
      const { calendar } = this.ctx;
      task.dueAt =
        'dueAt' in allotment ? allotment.dueAt : addDuration(calendar, this.deemedNow(), allotment);
    }
    this.d.tasks.push(task);
    this.effects.push({ type: 'task_opened', task });
    const deadline = deadlineTimer(task);
    if (deadline) this.setTimer(deadline.id, deadline.kind, deadline.at, node.id);
    this.notify(
      { role: task.role, unit: task.unit },
      'task_assigned',
      message('run.taskAssigned', { step: node.label ?? node.id }),
    );
    return task;
  }

  closeTask(task: Task, outcome: string): void {
    this.d.tasks = this.d.tasks.filter((t) => t.id !== task.id);
    this.effects.push({ type: 'task_closed', task, outcome });
    const deadline = deadlineTimer(task);
    if (deadline) this.clearTimer(deadline.id);
  }

  tasksAt(nodeId: string): Task[] {
    return this.d.tasks.filter((t) => t.node === nodeId);
  }

  setTimer(id: string, kind: TimerKind, at: number, node?: string): void {
    this.effects.push({ type: 'timer_set', timer: node ? { id, kind, at, node } : { id, kind, at } });
  }

  clearTimer(id: string): void {
    this.effects.push({ type: 'timer_cleared', id });
  }

  notify(to: Recipient, template: string, message: Localized): void {
    this.effects.push({ type: 'notification', to, template, message });
  }

  slip(form: SlipForm): void {
    this.effects.push({ type: 'slip', form });
  }

  record(entry: Omit<HistoryEntry, 'seq' | 'status'>): void {
    this.entries.push({
      seq: this.d.history.length + this.entries.length + 1,
      ...entry,
      status: this.d.status,
    });
  }

  /** When what arrives now counts as received: the procedure's cut-off, the calendar's hours (DOMAIN §6). */
  deemedNow(): number {
    return deemedReceipt(this.ctx.calendar, this.now, this.definition.settings.cutoff);
  }

  /** Accepts the dossier now and starts the legal clock at the deemed time of acceptance (DOMAIN §6). */
  startClock(): void {
    this.d.receivedAt = this.now;
    // Receipt picks the fee tables: the submission's amounts stand unless other lines are in effect now.
    const lines = feeLinesInEffect(this.definition, { now: this.now, receivedAt: this.now });
    if (lines.map((f) => f.id).join() !== this.d.fees.items.map((i) => i.id).join()) this.priceFees();
    this.restartClock();
    this.setDossierTimers();
  }

  /** The legal clock from the deemed time of now: on acceptance, or again after a "restart" supplement. */
  private restartClock(): void {
    this.d.deemedReceivedAt = this.deemedNow();
    this.d.processingTime = processingDuration(this.definition, ruleData(this.d), { now: this.now });
    this.d.dueAt = addDuration(this.ctx.calendar, this.d.deemedReceivedAt, this.d.processingTime);
  }

  /**
   * After an officer's outcome (e.g. "needs verification": 15 working days instead of 10), the processing time
   * may read differently: the due time is the new one from the clock's start, plus the working time paused so far.
   */
  reviseProcessingTime(): void {
    const d = this.d;
    const before = d.processingTime;
    if (!before || d.deemedReceivedAt === undefined || d.dueAt === undefined || d.resultAt !== undefined)
      return;
    const after = processingDuration(this.definition, ruleData(d), { now: this.now });
    if (after.value === before.value && after.unit === before.unit) return;
    const { calendar } = this.ctx;
    const paused = countWorkingTime(calendar, addDuration(calendar, d.deemedReceivedAt, before), d.dueAt);
    this.clearDossierTimers();
    d.processingTime = after;
    d.dueAt = addWorkingTime(calendar, addDuration(calendar, d.deemedReceivedAt, after), paused);
    this.setDossierTimers();
    this.notify(
      { role: 'citizen' },
      'due_changed',
      message('run.processingTimeNotice', {
        value: after.value,
        unit: UNIT_WORDS[after.unit],
        dueAt: formatInstant(d.dueAt),
      }),
    );
  }

  /** Prices the fees from the answers, by the tables in effect at receipt (before it: now); paid fees stand. */
  priceFees(): void {
    if (this.d.fees.paid > 0) return;
    const ctx = { now: this.now, receivedAt: this.d.receivedAt };
    this.d.fees = { ...computeFees(this.definition, this.d.data, ctx), paid: 0 };
  }

  /** One working day before the due time: when the agency must warn (and may still extend). */
  warningAt(due: number): number {
    return dueWarningAt(this.ctx.calendar, due);
  }

  setDossierTimers(): void {
    const due = this.d.dueAt;
    if (due === undefined) return;
    // Only what is still ahead: a due time already passed has had its overdue event, and a warning at or
    // before the clock's start (a same-day procedure) would warn of nothing.
    if (due > this.now) this.setTimer('dossier_due', 'dossier_due', due);
    const warning = this.warningAt(due);
    if (warning > this.now && warning > (this.d.deemedReceivedAt ?? this.now)) {
      this.setTimer('dossier_warning', 'dossier_warning', warning);
    }
  }

  clearDossierTimers(): void {
    if (this.d.dueAt === undefined) return;
    for (const id of DOSSIER_TIMERS) this.clearTimer(id);
  }

  /** Sets every open task aside while the applicant supplements (DOMAIN §4.5). */
  suspendForSupplement(reasons: string[]): void {
    const processing = this.d.receivedAt !== undefined;
    const suspended = [...this.d.tasks];
    for (const task of suspended) this.closeTask(task, 'suspended');
    if (processing) this.clearDossierTimers();
    this.d.pause = { since: this.now, phase: processing ? 'processing' : 'reception', suspended, reasons };
    this.slip('02');
    this.notify(
      { role: 'citizen' },
      'supplement_requested',
      message('run.supplementNotice', { reasons: reasons.join('; ') }),
    );
  }

  /** Takes the work up again after the applicant supplements: the clock pauses or restarts, per the definition. */
  resumeAfterSupplement(): void {
    const pause = this.d.pause;
    if (!pause) return;
    const { calendar } = this.ctx;
    // Every deadline moves by the working time waited, even one already passed: late work stays late.
    const waited = countWorkingTime(calendar, pause.since, this.deemedNow());
    if (pause.phase === 'processing' && this.d.dueAt !== undefined) {
      if (this.definition.settings.supplementPolicy === 'restart') {
        this.restartClock();
      } else {
        this.d.dueAt = addWorkingTime(calendar, this.d.dueAt, waited);
      }
      this.setDossierTimers();
    }
    this.d.pause = undefined;
    for (const task of pause.suspended) {
      const dueAt = task.dueAt === undefined ? undefined : addWorkingTime(calendar, task.dueAt, waited);
      this.openTask(this.node(task.node), task, dueAt === undefined ? undefined : { dueAt }, task.kind);
    }
  }

  /**
   * Ends the dossier: every task closes, every timer clears. Only a dossier whose result was issued has a timing
   * class (DOMAIN §6): one refused, withdrawn or stopped was not resolved early, on time or late.
   */
  finish(outcome: Outcome): void {
    for (const task of [...this.d.tasks]) this.closeTask(task, outcome);
    this.clearDossierTimers();
    this.d.joins = {};
    this.d.pause = undefined;
    this.d.outcome = outcome;
    this.d.finishedAt = this.now;
    if (outcome === 'issued' && this.d.dueAt !== undefined) {
      this.d.timing = classifyTiming(this.d.resultAt ?? this.now, this.d.dueAt);
    }
  }

  /** The status is derived from the state, never set by hand. */
  deriveStatus(): DossierStatus {
    const d = this.d;
    if (d.outcome) return OUTCOME_STATUS[d.outcome];
    if (d.pause) return 'awaiting_supplement';
    if (d.tasks.some((t) => nodeType(this.node(t.node).type).type === 'payment')) return 'awaiting_payment';
    if (d.resultAt !== undefined) return 'result_ready';
    if (d.receivedAt === undefined) return 'submitted';
    return d.taken ? 'processing' : 'received';
  }

  result(): Dossier {
    this.d.status = this.deriveStatus();
    const entries = this.entries.map((e) => ({ ...e, status: this.d.status }));
    this.d.history = this.d.history.concat(entries);
    return this.d;
  }
}

/**
 * A task's deadline timer: a consulted unit's reply, or ordinary work. It runs only if the deadline lay ahead
 * when the task opened: work reopened after a supplement past its deadline has had its overdue event.
 */
function deadlineTimer(task: Task): { id: string; kind: TimerKind; at: number } | undefined {
  if (task.dueAt === undefined || task.dueAt <= task.openedAt) return undefined;
  const kind = task.kind === 'reply' ? 'reply_due' : 'step_due';
  return { id: `${kind}:${task.id}`, kind, at: task.dueAt };
}

const OUTCOME_STATUS: Record<Outcome, DossierStatus> = {
  issued: 'completed',
  refused: 'refused',
  withdrawn: 'withdrawn',
  stopped: 'stopped',
};
