/**
 * Random action sequences over every example never corrupt a dossier. At each step one move is picked from what
 * is legal now (derived from the open tasks and the node types' actions), a pending timer, or a random illegal
 * action; the invariants are checked after every move.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import {
  ACTIONS,
  type ActionEvent,
  type Dossier,
  type DossierEvent,
  type Effect,
} from '../../runtime/engine/dossier.ts';
import { requiredComponents } from '../../runtime/engine/components.ts';
import { apply, start } from '../../runtime/engine/interpreter.ts';
import { nodeType } from '../../runtime/engine/nodes/registry.ts';
import { DOSSIER_STATUSES } from '../../runtime/engine/language.ts';
import { processIndex } from '../../runtime/engine/process-index.ts';
import { ROLES } from '../../runtime/engine/roles.ts';
import { formatInstant } from '../../runtime/engine/time/index.ts';
import { at, calendar } from './support/builder.ts';
import { EXAMPLE_CASES, SYNTHETIC_CASES } from './support/examples.ts';

const MINUTE = 60_000;
const cal = calendar();

/** A source of choices drawn by fast-check, so that failures shrink to short, readable sequences. */
class Chooser {
  private i = 0;
  constructor(private readonly picks: number[]) {}
  next(n: number): number {
    const pick = this.picks[this.i++ % this.picks.length] ?? 0;
    return n <= 0 ? 0 : pick % n;
  }
  one<T>(items: readonly T[]): T {
    return items[this.next(items.length)];
  }
}

/** The actions the open tasks offer now, each with input that its node accepts. */
function taskActions(def: ProcedureDefinition, d: Dossier, choose: Chooser): ActionEvent[] {
  const index = processIndex(def);
  const reason = { reason: 'Lý do thử nghiệm' };
  const events: ActionEvent[] = [];
  for (const task of d.tasks) {
    const node = index.nodes.get(task.node)!;
    const config = (node.config ?? {}) as { outcomes?: string[]; methods?: string[] };
    for (const spec of nodeType(node.type).actions) {
      if ((spec.taskKind ?? 'work') !== task.kind || !(spec.available?.(node) ?? true)) continue;
      const role = choose.one(spec.roles(node));
      const input: Record<string, unknown> =
        ({
          request_supplement: { reasons: ['Thiếu giấy tờ'] },
          refuse: reason,
          return: reason,
          complete: config.outcomes ? { outcome: choose.one(config.outcomes) } : {},
          consult: { question: 'Xin ý kiến' },
          reply: { agree: choose.next(2) === 0 },
          pay: { amount: d.fees.total - d.fees.paid, method: 'online' },
          deliver_result: { method: choose.one(config.methods ?? ['online', 'counter', 'post']) },
        }[spec.action as string] as Record<string, unknown>) ?? {};
      events.push({
        action: spec.action,
        role,
        node: node.id,
        unit: role === 'citizen' ? undefined : task.unit,
        input,
      });
    }
  }
  return events;
}

/** The actions on the dossier as a whole that make sense now. */
function dossierActions(d: Dossier, choose: Chooser): ActionEvent[] {
  const reason = { reason: 'Lý do thử nghiệm' };
  const events: ActionEvent[] = [
    { action: 'withdraw', role: 'citizen' },
    { action: 'stop', role: 'leader', input: reason },
  ];
  if (d.pause) events.push({ action: 'supplement', role: 'citizen', input: { data: {} } });
  if (d.dueAt !== undefined) {
    const promisedAt = formatInstant(d.dueAt + (1 + choose.next(5)) * 86_400_000);
    events.push({ action: 'extend', role: 'leader', input: { ...reason, promisedAt } });
  }
  return events;
}

/** Anything at all: unknown actions and roles, wrong nodes and units, junk input. */
function illegalAction(def: ProcedureDefinition, choose: Chooser): ActionEvent {
  return {
    action: choose.one([...ACTIONS, 'dance', '__proto__']),
    role: choose.one([...Object.keys(ROLES), 'nobody']),
    node: choose.one([undefined, 'nowhere', ...def.process.nodes.map((n) => n.id)]),
    unit: choose.one([undefined, 'X', def.unit]),
    input: choose.one([
      undefined,
      {},
      { reason: '' },
      { amount: -1, method: 'online' },
      { agree: 'yes' },
      { promisedAt: 'soon' },
    ]),
  };
}

interface Ledger {
  /** Timers set and not yet cleared or fired. */
  pending: Map<string, number>;
  everSet: Set<string>;
  taskIds: Set<string>;
}

function checkEffects(d: Dossier, effects: Effect[], ledger: Ledger): void {
  for (const effect of effects) {
    if (effect.type === 'timer_set') {
      ledger.pending.set(effect.timer.id, effect.timer.at);
      ledger.everSet.add(effect.timer.id);
    } else if (effect.type === 'timer_cleared') {
      // The warning is not set when the due time is already near, yet it is cleared with the due timer.
      if (effect.id !== 'dossier_warning')
        expect(ledger.everSet.has(effect.id), `clears ${effect.id}, never set`).toBe(true);
      ledger.pending.delete(effect.id);
    } else if (effect.type === 'task_opened') {
      expect(ledger.taskIds.has(effect.task.id), `task id ${effect.task.id} reused`).toBe(false);
      ledger.taskIds.add(effect.task.id);
    } else if (effect.type === 'task_closed') {
      expect(ledger.taskIds.has(effect.task.id)).toBe(true);
    }
  }
  // Every timer still pending belongs to an open task, or to a dossier still running.
  for (const id of ledger.pending.keys()) {
    const [kind, taskId] = id.split(':');
    if (kind === 'dossier_due' || kind === 'dossier_warning') {
      expect(d.outcome, `${id} pending on a finished dossier`).toBeUndefined();
      expect(d.dueAt).toBeDefined();
    } else {
      expect(
        d.tasks.map((t) => t.id),
        `${id} pending without its task`,
      ).toContain(taskId);
    }
  }
}

/** The dossier's instants never contradict each other (see the Dossier type): each chain is in time order. */
function expectOrdered(d: Dossier): void {
  const chains = [
    [d.submittedAt, d.receivedAt, d.deemedReceivedAt, d.dueAt],
    [d.submittedAt, d.receivedAt, d.resultAt, d.finishedAt],
    [d.submittedAt, d.finishedAt],
  ];
  for (const chain of chains) {
    const set = chain.filter((t): t is number => t !== undefined);
    expect(set.map(formatInstant)).toEqual([...set].sort((a, b) => a - b).map(formatInstant));
  }
  if (d.finishedAt !== undefined) expect(d.finishedAt).toBe(d.history.at(-1)!.at);
}

function checkDossier(d: Dossier, before: Dossier | undefined): void {
  expect(DOSSIER_STATUSES).toContain(d.status);
  d.history.forEach((h, i) => expect(h.seq).toBe(i + 1));
  for (let i = 1; i < d.history.length; i++)
    expect(d.history[i].at).toBeGreaterThanOrEqual(d.history[i - 1].at);
  if (before) {
    expect(d.history.length).toBeGreaterThan(before.history.length);
    expect(d.history.slice(0, before.history.length)).toEqual(before.history);
    expect(d.seq).toBeGreaterThanOrEqual(before.seq);
  }
  expect(new Set(d.tasks.map((t) => t.id)).size).toBe(d.tasks.length);
  if (d.outcome) {
    expect(d.tasks).toEqual([]);
    expect(d.pause).toBeUndefined();
    expect(d.finishedAt).toBeDefined();
  }
  expect(d.status === 'awaiting_supplement').toBe(d.pause !== undefined && !d.outcome);
  expect(d.dueAt === undefined).toBe(d.receivedAt === undefined);
  expectOrdered(d);
  // Early, on time or late: for a dossier whose result was issued, never for one refused, withdrawn or stopped.
  expect(d.timing !== undefined).toBe(d.outcome === 'issued' && d.dueAt !== undefined);
  expect(d.fees.paid).toBeLessThanOrEqual(d.fees.total);
}

/** Drives one dossier through `picks`; returns it, so that a replay can be compared. */
function explore(
  def: ProcedureDefinition,
  data: Record<string, unknown>,
  startAt: number,
  picks: number[],
): Dossier {
  const choose = new Chooser(picks);
  const started = start(
    def,
    {
      data,
      channel: choose.one(['online', 'counter', 'post'] as const),
      components: requiredComponents(def, data, { now: startAt }),
    },
    { now: startAt, calendar: cal },
  );
  if (!started.ok) throw new Error(`submission refused: ${started.error.code}`);
  let dossier = started.dossier;
  let now = startAt;
  const ledger: Ledger = { pending: new Map(), everSet: new Set(), taskIds: new Set() };
  checkEffects(dossier, started.effects, ledger);
  checkDossier(dossier, undefined);
  for (let step = 0; step < picks.length && !dossier.outcome; step++) {
    now += choose.next(3 * 24 * 60) * MINUTE;
    // Mostly the work at hand; now and then a timer, something illegal, or a dossier-wide step (which often ends it).
    const move = choose.next(20);
    const timers = [...ledger.pending.entries()];
    const work = taskActions(def, dossier, choose);
    let event: DossierEvent;
    if (move < 3 && timers.length > 0) {
      const [id, when] = choose.one(timers);
      now = Math.max(now, when);
      event = { timer: id };
    } else if (move < 5) {
      event = illegalAction(def, choose);
    } else if (move < 6 || work.length === 0) {
      const wide = dossierActions(dossier, choose);
      event =
        dossier.pause && choose.next(4) > 0 ? wide.find((e) => e.action === 'supplement')! : choose.one(wide);
    } else {
      // Refusals end the dossier: rarer, so that the longer paths get explored too.
      const onward = work.filter((e) => e.action !== 'refuse');
      event = onward.length > 0 && choose.next(4) > 0 ? choose.one(onward) : choose.one(work);
    }
    const before = structuredClone(dossier);
    const result = apply(def, dossier, event, { now, calendar: cal });
    // Success or not, the dossier handed in is never changed.
    expect(dossier).toEqual(before);
    if ('timer' in event) ledger.pending.delete(event.timer);
    if (!result.ok) {
      expect(result.error.code).toMatch(/^[A-Z_]+$/);
      expect(result.error.message.vi).not.toBe('');
      expect(result.error.message.en).not.toBe('');
      continue;
    }
    checkDossier(result.dossier, dossier);
    checkEffects(result.dossier, result.effects, ledger);
    dossier = result.dossier;
  }
  if (dossier.outcome) expect(ledger.pending.size).toBe(0);
  return dossier;
}

const startTimes = fc
  .integer({ min: at('2026-11-20T00:00'), max: at('2027-05-10T00:00') })
  .map((t) => t - (t % MINUTE));
const picks = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 10, maxLength: 80 });

describe('random legal and illegal action sequences never corrupt a dossier', () => {
  for (const example of [...EXAMPLE_CASES, ...SYNTHETIC_CASES]) {
    it(example.name, () => {
      fc.assert(
        fc.property(fc.nat(30), startTimes, picks, (variant, startAt, choices) => {
          explore(example.definition, example.data(variant), startAt, choices);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('a sequence replayed gives the same dossier (the engine is a pure function)', () => {
    const [example] = EXAMPLE_CASES;
    fc.assert(
      fc.property(startTimes, picks, (startAt, choices) => {
        const once = explore(example.definition, example.data(0), startAt, choices);
        const twice = explore(example.definition, example.data(0), startAt, choices);
        expect(twice).toEqual(once);
      }),
      { numRuns: 50 },
    );
  });

  it('some sequences reach every final status', () => {
    const seen = new Set<string>();
    for (const example of [...EXAMPLE_CASES, ...SYNTHETIC_CASES]) {
      for (let seed = 0; seed < 60; seed++) {
        const choices = Array.from({ length: 60 }, (_, i) => (seed * 7919 + i * 104_729) % 1_000_003);
        seen.add(explore(example.definition, example.data(seed), at('2026-11-23T08:00'), choices).status);
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['completed', 'refused', 'withdrawn', 'stopped']));
  });
});
