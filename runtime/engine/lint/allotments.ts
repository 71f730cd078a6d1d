import type { Duration, ProcedureDefinition } from '../../../schemas/procedure.ts';
import { configOf, type HolderConfig } from '../nodes/holder.ts';
import { problem, type Problem } from '../problems.ts';
import { processIndex } from '../process-index.ts';

const HOUR = 3_600_000;
const DAY = 8 * HOUR;

/** Working hours of a duration on the standard 8-hour day; calendar days count as whole working days here. */
function hours(d: Duration): number {
  const unit = { working_days: DAY, working_half_days: DAY / 2, working_hours: HOUR, days: DAY }[d.unit];
  return d.value * unit;
}

/**
 * The step allotments on the longest path from start to end must fit in the processing time
 * ("0 working days" = by the close of the day, so one working day of room).
 */
export function lintAllotments(definition: ProcedureDefinition): Problem[] {
  const time = definition.processingTime;
  if ('rule' in time) return [];
  const budget = time.value === 0 ? DAY : hours(time);
  const index = processIndex(definition);
  if (!index.start) return [];
  const own = (id: string): number => {
    const allotment = configOf<HolderConfig>(index.nodes.get(id)!).allotment;
    return allotment ? hours(allotment) : 0;
  };
  // Longest path over the graph without its back edges (a rework loop does not lengthen the plan), walked with
  // an explicit stack: a pasted definition with thousands of steps must not exhaust the call stack.
  const longest = new Map<string, number>();
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
    const rest = out.reduce((max, e) => Math.max(max, longest.get(e.target) ?? 0), 0);
    longest.set(top.id, own(top.id) + rest);
  }
  const total = longest.get(index.start.id)!;
  if (total <= budget) return [];
  const show = (ms: number) => `${+(ms / HOUR).toFixed(2)}`;
  return [
    problem('ALLOTMENTS_EXCEED_PROCESSING_TIME', '/processingTime', {
      vi: `Tổng thời gian các bước trên đường dài nhất (${show(total)} giờ làm việc) vượt thời hạn giải quyết (${show(budget)} giờ).`,
      en: `The step allotments on the longest path (${show(total)} working hours) exceed the processing time (${show(budget)} hours).`,
    }),
  ];
}
