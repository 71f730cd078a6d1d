/** Product operators for dates: today and date_diff. "Today" is the date in Vietnam of the injected clock. */
import { formatDay, parseDay, vietnamDay } from '../dates.ts';
import { noClock } from '../errors.ts';
import type { Operator } from '../operator.ts';

/** today: "YYYY-MM-DD" in +07:00 of ctx.now; a rule that needs a clock never reads the machine's. */
const today: Operator = {
  arity: [0, 0],
  compile() {
    return (s) => {
      const now = s.run.now;
      if (typeof now !== 'number' || !Number.isFinite(now)) throw noClock();
      return formatDay(vietnamDay(now));
    };
  },
};

/** date_diff: [a, b] → whole days from a to b (b − a); null if either is not a date. */
const dateDiff: Operator = {
  arity: [2, 2],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const [a, b] = values(s);
      const from = parseDay(a);
      const to = parseDay(b);
      return from === null || to === null ? null : to - from;
    };
  },
};

export const dateOperators: Record<string, Operator> = { today, date_diff: dateDiff };
