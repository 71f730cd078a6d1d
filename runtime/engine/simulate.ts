import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { Channel, Dossier, Effect } from './dossier.ts';
import type { EngineError } from './errors.ts';
import { apply, start } from './interpreter.ts';
import { checkCalendar } from './calendar-check.ts';
import { schemaProblems } from './lint/schema.ts';
import { scenarioValidator } from './lint/scenarios.ts';
import { parseInstant, type Calendar, type CalendarSpec } from './time/index.ts';
import { message } from './messages/index.ts';

export interface ScenarioStep {
  at: string;
  role: string;
  action: string;
  node?: string;
  unit?: string;
  input?: Record<string, unknown>;
}

export interface Scenario {
  calendar?: CalendarSpec;
  submit: {
    at: string;
    channel?: Channel;
    data: Record<string, unknown>;
    unit?: string;
    components?: string[];
  };
  steps?: ScenarioStep[];
  /** Let time run to here after the last step, so that the timers due by then fire. */
  until?: string;
}

export type SimulationResult =
  | { ok: true; dossier: Dossier; effects: Effect[] }
  | {
      ok: false;
      error: EngineError;
      step: number | 'scenario' | 'calendar' | 'submit' | 'until';
      dossier?: Dossier;
    };

/**
 * The shape of a scenario (schemas/scenario.schema.json), or a clear error at the JSON pointer of its first problem.
 * Scenarios come from files and the designer, so simulate must not trust their type.
 */
export function checkScenario(value: unknown): EngineError | undefined {
  const problems = schemaProblems(
    scenarioValidator(),
    value,
    'SCENARIO_INVALID',
    message('simulate.scenario'),
  );
  if (problems.length === 0) return undefined;
  const [first] = problems;
  return {
    code: 'SCENARIO_INVALID',
    message: message('simulate.scenarioInvalid', { path: first.path || '/', first: first.message }),
    path: first.path,
    details: problems,
  };
}

interface PendingTimer {
  id: string;
  at: number;
}

/**
 * Runs a scenario the way the server would: each step at its time, and every timer the engine set fires when
 * its time comes (before a later step). Pure: the designer runs it in the browser too.
 */
export function simulate(definition: ProcedureDefinition, scenario: Scenario): SimulationResult {
  const invalid = checkScenario(scenario);
  if (invalid) return { ok: false, error: invalid, step: 'scenario' };
  const checked = checkCalendar(scenario.calendar);
  if (!checked.ok) return { ok: false, error: checked.error, step: 'calendar' };
  const { calendar } = checked;
  const submittedAt = instant(scenario.submit.at, '/submit/at');
  if (typeof submittedAt !== 'number') return { ok: false, error: submittedAt, step: 'submit' };
  const started = start(
    definition,
    {
      data: scenario.submit.data,
      channel: scenario.submit.channel ?? 'online',
      unit: scenario.submit.unit,
      components: scenario.submit.components,
    },
    { now: submittedAt, calendar },
  );
  if (!started.ok) return { ok: false, error: started.error, step: 'submit' };
  let dossier = started.dossier;
  const effects = [...started.effects];
  let timers = schedule([], started.effects);
  let now = submittedAt;

  // Fires the timers due by `until`, in time order; a stale timer (its work already done) is simply dropped.
  const runTimers = (until: number, calendarNow: Calendar) => {
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) return;
      timers = timers.filter((t) => t !== next);
      now = Math.max(now, next.at);
      const fired = apply(definition, dossier, { timer: next.id }, { now, calendar: calendarNow });
      if (fired.ok) {
        dossier = fired.dossier;
        effects.push(...fired.effects);
        timers = schedule(timers, fired.effects);
      }
    }
  };

  const steps = scenario.steps ?? [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const at = instant(step.at, `/steps/${i}/at`);
    if (typeof at !== 'number') return { ok: false, error: at, step: i, dossier };
    if (at < now) {
      return {
        ok: false,
        step: i,
        dossier,
        error: {
          code: 'SCENARIO_TIME_ORDER',
          message: message('simulate.scenarioTimeOrder'),
          path: `/steps/${i}/at`,
        },
      };
    }
    runTimers(at, calendar);
    now = at;
    const { at: _at, ...event } = step;
    const result = apply(definition, dossier, event, { now, calendar });
    if (!result.ok) return { ok: false, error: result.error, step: i, dossier };
    dossier = result.dossier;
    effects.push(...result.effects);
    timers = schedule(timers, result.effects);
  }
  if (scenario.until !== undefined) {
    const until = instant(scenario.until, '/until');
    if (typeof until !== 'number') return { ok: false, error: until, step: 'until', dossier };
    runTimers(until, calendar);
  }
  return { ok: true, dossier, effects };
}

function schedule(timers: PendingTimer[], effects: Effect[]): PendingTimer[] {
  let next = timers;
  for (const effect of effects) {
    if (effect.type === 'timer_set') next = [...next.filter((t) => t.id !== effect.timer.id), effect.timer];
    if (effect.type === 'timer_cleared') next = next.filter((t) => t.id !== effect.id);
  }
  return next;
}

function instant(value: string, path: string): number | EngineError {
  const parsed = typeof value === 'string' ? parseInstant(value) : undefined;
  if (parsed !== undefined) return parsed;
  return {
    code: 'SCENARIO_BAD_TIME',
    message: message('simulate.scenarioBadTime', { value: JSON.stringify(value) }),
    path,
  };
}
