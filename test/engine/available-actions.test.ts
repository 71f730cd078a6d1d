/**
 * One source of truth for who may do what: over every example and dossier states reached by random simulation,
 * `apply` accepts an action (with a valid input) exactly when `availableActions` offers it, and the input the
 * test sends is one the offered JSON Schema accepts.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import {
  ACTIONS,
  apply,
  availableActions,
  requiredComponents,
  start,
  type ActionEvent,
  type ActorGrants,
  type AvailableAction,
  type Dossier,
  type Effect,
} from '../../runtime/engine/index.ts';
import { formatInstant } from '../../runtime/engine/time/index.ts';
import { at, calendar } from './support/builder.ts';
import { EXAMPLE_CASES, SYNTHETIC_CASES } from './support/examples.ts';

const cal = calendar();
const MINUTE = 60_000;
const OFFICER_ROLES = ['reception', 'specialist', 'leader'];
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);

/** A valid input for the action on this dossier, as a screen would fill it in. */
function inputFor(action: string, d: Dossier, schema?: Record<string, unknown>): Record<string, unknown> {
  const enumOf = (key: string) =>
    (schema?.properties as Record<string, { enum?: unknown[] }> | undefined)?.[key]?.enum?.[0];
  const reason = { reason: 'Lý do thử nghiệm' };
  switch (action) {
    case 'request_supplement':
    case 'refuse':
    case 'return':
    case 'stop':
      return reason;
    case 'extend':
      return { ...reason, promisedAt: formatInstant((d.dueAt ?? d.submittedAt) + 86_400_000) };
    case 'complete':
      return enumOf('outcome') === undefined ? {} : { outcome: enumOf('outcome') };
    case 'consult':
      return { question: 'Xin ý kiến' };
    case 'reply':
      return { agree: true };
    case 'pay':
      return {
        amount: d.fees.total - d.fees.paid,
        method: enumOf('method') ?? 'counter',
        reference: 'BL-01',
      };
    case 'deliver_result':
      return { method: enumOf('method') ?? 'counter' };
    case 'supplement':
      return { data: {} };
    default:
      return {};
  }
}

/** Everyone who could try: the applicant, and each process role in each unit the dossier touches and one it does not. */
function everyone(d: Dossier): ActorGrants {
  const units = [...new Set([d.unit, ...d.tasks.map((t) => t.unit), 'UNIT-ELSEWHERE'])];
  return {
    applicant: true,
    roles: units.flatMap((unitCode) => OFFICER_ROLES.map((role) => ({ role, unitCode }))),
  };
}

function eventOf(offer: AvailableAction, d: Dossier): ActionEvent {
  const event: ActionEvent = {
    action: offer.action,
    role: offer.role,
    input: inputFor(offer.action, d, offer.input),
  };
  if (offer.unit !== undefined) event.unit = offer.unit;
  if (offer.node !== undefined) event.node = offer.node;
  return event;
}

/** Whether `apply` should accept the event, by the offers: one matching step (or the dossier as a whole). */
function offered(offers: AvailableAction[], e: ActionEvent): boolean {
  const matching = offers.filter(
    (o) =>
      o.action === e.action &&
      o.role === e.role &&
      o.unit === e.unit &&
      (o.node === undefined || e.node === undefined || o.node === e.node),
  );
  return matching.length > 0 && new Set(matching.map((o) => o.node)).size === 1;
}

/** Checks the property on one dossier state at `now`, trying the offers and `tries` other events. */
function checkState(def: ProcedureDefinition, d: Dossier, now: number, pick: (n: number) => number): void {
  const ctx = { now, calendar: cal };
  const actor = everyone(d);
  const offers = availableActions(def, d, actor, ctx);
  for (const offer of offers) {
    const event = eventOf(offer, d);
    expect(ajv.validate(offer.input, event.input), `${offer.action}: ${ajv.errorsText()}`).toBe(true);
    const result = apply(def, d, event, ctx);
    expect(result.ok ? 'ok' : result.error.code, `${JSON.stringify(event)} offered`).toBe('ok');
  }
  const nodes = [undefined, ...def.process.nodes.map((n) => n.id)];
  const pairs = [
    { role: 'citizen' as string, unit: undefined as string | undefined },
    ...actor.roles.map((g) => ({ role: g.role, unit: g.unitCode })),
  ];
  for (let i = 0; i < 40; i++) {
    const { role, unit } = pairs[pick(pairs.length)];
    const action = ACTIONS[pick(ACTIONS.length)];
    const node = nodes[pick(nodes.length)];
    const event: ActionEvent = { action, role, input: inputFor(action, d) };
    if (unit !== undefined) event.unit = unit;
    if (node !== undefined) event.node = node;
    // The input of an offered action comes from its own schema (above); here any valid one would do.
    const offer = offers.find((o) => o.action === action && o.role === role && o.unit === unit);
    if (offer) event.input = inputFor(action, d, offer.input);
    const result = apply(def, d, event, ctx);
    const expected = offered(offers, event);
    expect(result.ok, `${JSON.stringify(event)}: ${result.ok ? 'accepted' : result.error.code}`).toBe(
      expected,
    );
  }
}

function timersOf(pending: Map<string, number>, effects: Effect[]): void {
  for (const e of effects) {
    if (e.type === 'timer_set') pending.set(e.timer.id, e.timer.at);
    if (e.type === 'timer_cleared') pending.delete(e.id);
  }
}

/** Drives a dossier through offered actions and due timers, checking the property at each state reached. */
function explore(def: ProcedureDefinition, data: Record<string, unknown>, startAt: number, picks: number[]) {
  let i = 0;
  const pick = (n: number) => (n <= 0 ? 0 : (picks[i++ % picks.length] ?? 0) % n);
  const started = start(
    def,
    {
      data,
      channel: (['online', 'counter', 'post'] as const)[pick(3)],
      components: requiredComponents(def, data, { now: startAt }),
    },
    { now: startAt, calendar: cal },
  );
  if (!started.ok) throw new Error(`submission refused: ${started.error.code}`);
  let d = started.dossier;
  let now = startAt;
  const pending = new Map<string, number>();
  timersOf(pending, started.effects);
  for (let step = 0; step < picks.length / 4 && !d.outcome; step++) {
    now += pick(2 * 24 * 60) * MINUTE;
    checkState(def, d, now, pick);
    const timers = [...pending.entries()].filter(([, when]) => when <= now);
    const offers = availableActions(def, d, everyone(d), { now, calendar: cal });
    // Ending moves are rarer, so that longer paths get explored too.
    const onward = offers.filter((o) => !['refuse', 'withdraw', 'stop'].includes(o.action));
    let result;
    if (timers.length > 0 && pick(3) === 0) {
      const [id] = timers[pick(timers.length)];
      pending.delete(id);
      result = apply(def, d, { timer: id }, { now, calendar: cal });
    } else {
      const from = onward.length > 0 && pick(6) > 0 ? onward : offers;
      if (from.length === 0) continue;
      result = apply(def, d, eventOf(from[pick(from.length)], d), { now, calendar: cal });
    }
    if (!result.ok) continue;
    d = result.dossier;
    timersOf(pending, result.effects);
  }
  checkState(def, d, now, pick);
}

const startTimes = fc
  .integer({ min: at('2026-11-20T00:00'), max: at('2027-05-10T00:00') })
  .map((t) => t - (t % MINUTE));
const picks = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 20, maxLength: 120 });

describe('apply accepts exactly what availableActions offers', () => {
  for (const example of [...EXAMPLE_CASES, ...SYNTHETIC_CASES]) {
    it(example.name, () => {
      fc.assert(
        fc.property(fc.nat(30), startTimes, picks, (variant, startAt, choices) => {
          explore(example.definition, example.data(variant), startAt, choices);
        }),
        { numRuns: 30 },
      );
    });
  }
});
