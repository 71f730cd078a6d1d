import type { Duration, ProcedureDefinition } from '../../../schemas/procedure.ts';
import { configOf, type HolderConfig } from '../nodes/holder.ts';
import { problem, type Problem } from '../problems.ts';
import { processIndex } from '../process-index.ts';
import { message } from '../messages/index.ts';

const HOUR = 3_600_000;
const DAY = 8 * HOUR;

/** Working hours of a duration on the standard 8-hour day; calendar days count as whole working days here. */
function hours(d: Duration): number {
  const unit = { working_days: DAY, working_half_days: DAY / 2, working_hours: HOUR, days: DAY }[d.unit];
  return d.value * unit;
}

/** The step allotments on the longest path from start to end, against the processing time, in working hours. */
export interface AllotmentPlan {
  /** Sum of the allotments along the longest path (a rework loop does not lengthen it). */
  planned: number;
  /** The processing time ("0 working days" = by the close of the day: one working day); absent when set by rule. */
  budget?: number;
  /** The ids of the steps on that path, start first. */
  path: string[];
}

export function allotmentPlan(definition: ProcedureDefinition): AllotmentPlan | undefined {
  const time = definition.processingTime;
  const budget = 'rule' in time ? undefined : (time.value === 0 ? DAY : hours(time)) / HOUR;
  const index = processIndex(definition);
  if (!index.start) return undefined;
  const own = (id: string): number => {
    const allotment = configOf<HolderConfig>(index.nodes.get(id)!).allotment;
    return allotment ? hours(allotment) : 0;
  };
  // Longest path over the graph without its back edges (a rework loop does not lengthen the plan), walked with
  // an explicit stack: a pasted definition with thousands of steps must not exhaust the call stack.
  const longest = new Map<string, number>();
  const next = new Map<string, string | undefined>();
  const onPath = new Set([index.start.id]);
  const stack = [{ id: index.start.id, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const out = index.outgoing.get(top.id) ?? [];
    if (top.next < out.length) {
      const target = out[top.next++].target;
      if (index.nodes.has(target) && !longest.has(target) && !onPath.has(target)) {
        onPath.add(target);
        stack.push({ id: target, next: 0 });
      }
      continue;
    }
    stack.pop();
    onPath.delete(top.id);
    let rest = 0;
    for (const e of out) {
      const length = longest.get(e.target);
      if (length !== undefined && (length > rest || !next.has(top.id))) {
        rest = Math.max(rest, length);
        next.set(top.id, e.target);
      }
    }
    longest.set(top.id, own(top.id) + rest);
  }
  const path: string[] = [];
  for (
    let id: string | undefined = index.start.id;
    id !== undefined && !path.includes(id);
    id = next.get(id)
  ) {
    path.push(id);
  }
  return { planned: longest.get(index.start.id)! / HOUR, budget, path };
}

/** The step allotments on the longest path from start to end must fit in the processing time. */
export function lintAllotments(definition: ProcedureDefinition): Problem[] {
  const plan = allotmentPlan(definition);
  if (plan?.budget === undefined || plan.planned <= plan.budget) return [];
  const show = (h: number) => `${+h.toFixed(2)}`;
  return [
    problem(
      'ALLOTMENTS_EXCEED_PROCESSING_TIME',
      '/processingTime',
      message('lint.allotmentsExceedProcessingTime', {
        planned: show(plan.planned),
        budget: show(plan.budget),
      }),
    ),
  ];
}
