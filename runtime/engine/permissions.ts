/**
 * Who may take which action now: one rule for `apply`, which refuses what it does not allow, and for
 * `availableActions`, which lists what it allows.
 */
import type { ProcedureDefinition, ProcessNode } from '../../schemas/procedure.ts';
import type { Dossier, Task } from './dossier.ts';
import { fail } from './errors.ts';
import { lintCached } from './lint/index.ts';
import { nodeType } from './nodes/registry.ts';
import type { ActionSpec } from './nodes/types.ts';
import type { Run } from './run.ts';
import { formatInstant } from './time/index.ts';
import { message } from './messages/index.ts';

/** A definition with errors takes no dossier and no action. */
export function requireRunnable(definition: ProcedureDefinition): void {
  const errors = lintCached(definition).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    fail(
      'DEFINITION_INVALID',
      message('permissions.definitionInvalid', { errorsCount: errors.length, errors: errors[0].message }),
      { path: errors[0].path, details: errors },
    );
  }
}

/** A dossier takes actions only under a runnable definition, while it runs, and in time order. */
export function requireOpen(definition: ProcedureDefinition, dossier: Dossier, now: number): void {
  requireRunnable(definition);
  if (dossier.outcome) {
    fail('DOSSIER_FINISHED', message('permissions.dossierFinished'));
  }
  // The history is a timeline: an event dated before its last entry would make durations run backward.
  const last = dossier.history.at(-1);
  if (last && now < last.at) {
    fail(
      'TIME_OUT_OF_ORDER',
      message('permissions.timeOutOfOrder', { now: formatInstant(now), at: formatInstant(last.at) }),
    );
  }
}

/** An officer acts on a dossier-wide matter only from a unit that handles it (the applicant has no unit). */
export function handlesDossier(d: Dossier, unit: string | undefined): boolean {
  return unit === undefined || unit === d.unit || d.tasks.some((t) => t.unit === unit);
}

/** A task is acted on from the unit that holds it; the applicant's part from anywhere. */
export function holdsTask(task: Task, role: string, unit: string | undefined): boolean {
  return unit === undefined || role === 'citizen' || task.unit === unit;
}

export interface TaskOffer {
  task: Task;
  node: ProcessNode;
  spec: ActionSpec;
}

/** Every action the open tasks offer now, whoever may take it: the node types' registry decides. */
export function taskOffers(run: Run): TaskOffer[] {
  return run.d.tasks.flatMap((task) => {
    const node = run.node(task.node);
    return nodeType(node.type)
      .actions.filter((spec) => (spec.taskKind ?? 'work') === task.kind && (spec.available?.(node) ?? true))
      .map((spec) => ({ task, node, spec }));
  });
}
