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
  const longest = new Map<string, number>();
  const visiting = new Set<string>();
  // Longest path over the graph without its back edges (a rework loop does not lengthen the plan).
  const from = (id: string): number => {
    const known = longest.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const node = index.nodes.get(id);
    const own = node
      ? configOf<HolderConfig>(node).allotment
        ? hours(configOf<HolderConfig>(node).allotment!)
        : 0
      : 0;
    const rest = Math.max(0, ...(index.outgoing.get(id) ?? []).map((e) => from(e.target)));
    visiting.delete(id);
    longest.set(id, own + rest);
    return own + rest;
  };
  const total = from(index.start.id);
  if (total <= budget) return [];
  const show = (ms: number) => `${+(ms / HOUR).toFixed(2)}`;
  return [
    problem('ALLOTMENTS_EXCEED_PROCESSING_TIME', '/processingTime', {
      vi: `Tổng thời gian các bước trên đường dài nhất (${show(total)} giờ làm việc) vượt thời hạn giải quyết (${show(budget)} giờ).`,
      en: `The step allotments on the longest path (${show(total)} working hours) exceed the processing time (${show(budget)} hours).`,
    }),
  ];
}
