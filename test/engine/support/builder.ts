/**
 * A small builder for interpreter tests: minimal valid definitions, a clock-injected context, and a runner that
 * starts a dossier and applies steps in order, failing loudly when a step the test expects to pass is refused.
 */
import { expect } from 'vitest';
import type {
  Component,
  ProcedureDefinition,
  ProcessEdge,
  ProcessNode,
  Rule,
} from '../../../schemas/procedure.ts';
import type { Dossier, DossierEvent, Effect, EngineResult } from '../../../runtime/engine/dossier.ts';
import { apply, start, type Submission } from '../../../runtime/engine/interpreter.ts';
import type { EngineContext } from '../../../runtime/engine/run.ts';
import {
  compileCalendar,
  parseInstant,
  type Calendar,
  type CalendarSpec,
} from '../../../runtime/engine/time/index.ts';

const defaultCalendar = compileCalendar();

/** An instant from ISO text; a bare local time reads as +07:00. */
export function at(iso: string): number {
  const t = parseInstant(iso);
  if (t === undefined) throw new Error(`bad instant in test: ${iso}`);
  return t;
}

export function calendar(spec?: CalendarSpec): Calendar {
  return spec ? compileCalendar(spec) : defaultCalendar;
}

export function ctx(iso: string, cal: Calendar = defaultCalendar): EngineContext {
  return { now: at(iso), calendar: cal };
}

export function node(id: string, type: string, config?: Record<string, unknown>): ProcessNode {
  return { id, type, position: { x: 0, y: 0 }, ...(config ? { config } : {}) };
}

export function edge(source: string, target: string, condition?: unknown): ProcessEdge {
  return {
    id: `${source}__${target}`,
    source,
    target,
    ...(condition !== undefined ? { condition: condition as ProcessEdge['condition'] } : {}),
  };
}

/** Edges joining the given node ids one after another. */
export function chain(...ids: string[]): ProcessEdge[] {
  return ids.slice(1).map((id, i) => edge(ids[i], id));
}

export const UNIT = '000.00.23.H41';

/** The form of every built definition: a few fields of each kind that rules may read. */
export const FORM = {
  schema: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 100 },
      conditional: { type: 'boolean' },
      copies: { type: 'integer', minimum: 0, maximum: 20 },
      kind: { enum: ['a', 'b'] },
    },
  },
};

export const DATA = { name: 'Nguyễn Văn A' };

/** The standard linear process: reception → appraisal → approval → result → delivery → end. */
export function standardProcess(): { nodes: ProcessNode[]; edges: ProcessEdge[] } {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', { role: 'specialist', allowSupplement: true, allowRefuse: true }),
    node('sign', 'approval', { role: 'leader' }),
    node('issue', 'result', { role: 'leader' }),
    node('deliver', 'delivery'),
    node('end', 'end'),
  ];
  return { nodes, edges: chain(...nodes.map((n) => n.id)) };
}

/** `base` (default: the standard process's nodes) with node `id`'s config replaced by `config`. */
export function withConfig(
  id: string,
  config: Record<string, unknown>,
  base: ProcessNode[] = standardProcess().nodes,
): ProcessNode[] {
  return base.map((n) => (n.id === id ? { ...n, config } : n));
}

/** A dossier component (one original, a PDF up to 1 MB), required always, never, or by a rule. */
export function component(id: string, required: Rule = true): Component {
  return {
    id,
    name: { vi: 'Tờ khai', en: 'Form' },
    copies: { original: 1, copy: 0 },
    required,
    acceptedTypes: ['application/pdf'],
    maxSizeMB: 1,
  };
}

/**
 * The parallel skeleton: start → reception → split ⇒ each of `branches`. Given `after`, the branches meet at a
 * join `joined` followed by `after` in a chain; without it the caller adds where each branch goes.
 */
export function fork(
  branches: ProcessNode[],
  after?: ProcessNode[],
): { nodes: ProcessNode[]; edges: ProcessEdge[] } {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('split', 'parallel'),
    ...branches,
  ];
  const edges = [...chain('start', 'reception', 'split'), ...branches.map((b) => edge('split', b.id))];
  if (!after) return { nodes, edges };
  return {
    nodes: [...nodes, node('joined', 'join'), ...after],
    edges: [
      ...edges,
      ...branches.map((b) => edge(b.id, 'joined')),
      ...chain('joined', ...after.map((n) => n.id)),
    ],
  };
}

/** A minimal valid definition; `nodes`/`edges` default to the standard process, other keys override the top level. */
export function definition(
  overrides: Partial<Omit<ProcedureDefinition, 'process'>> & {
    nodes?: ProcessNode[];
    edges?: ProcessEdge[];
  } = {},
): ProcedureDefinition {
  const { nodes, edges, ...rest } = overrides;
  const standard = standardProcess();
  return {
    code: '1.000001',
    name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    sector: 'thu-nghiem',
    unit: UNIT,
    level: 'full_online',
    legalBasis: [],
    subjects: [],
    conditions: [],
    form: FORM,
    components: [],
    fees: [],
    processingTime: { value: 3, unit: 'working_days' },
    process: {
      nodes: nodes ?? standard.nodes,
      edges: edges ?? (nodes ? chain(...nodes.map((n) => n.id)) : standard.edges),
    },
    results: [],
    settings: { supplementPolicy: 'pause', cutoff: '15:00' },
    ...rest,
  };
}

/** An action or a timer, at a local time. */
export type Step = DossierEvent & { at: string };

/** The reception officer accepts the dossier, an hour after the default submission. */
export const ACCEPT = { at: '2026-11-23T09:00', action: 'accept', role: 'reception' } as const satisfies Step;

/** The rest of the standard process at one instant: appraised, approved, the result issued and delivered. */
export const issueAndDeliver = (issued: string): Step[] => [
  { at: issued, action: 'complete', role: 'specialist' },
  { at: issued, action: 'approve', role: 'leader' },
  { at: issued, action: 'issue_result', role: 'leader' },
  { at: issued, action: 'deliver_result', role: 'reception', input: { method: 'online' } },
];

export interface Ran {
  dossier: Dossier;
  /** Effects of every step, submission first. */
  effects: Effect[];
  /** Effects of the last step alone. */
  last: Effect[];
}

function expectOk(result: EngineResult, what: string): asserts result is Extract<EngineResult, { ok: true }> {
  if (!result.ok) throw new Error(`${what} was refused: ${result.error.code} — ${result.error.message.en}`);
}

/** Submits at `submit.at` (default Monday 2026-11-23 08:00) and applies every step; each step must succeed. */
export function run(
  def: ProcedureDefinition,
  steps: Step[] = [],
  submit: Partial<Submission> & { at?: string } = {},
  cal: Calendar = defaultCalendar,
): Ran {
  const { at: submittedAt = '2026-11-23T08:00', ...rest } = submit;
  const started = start(def, { data: DATA, channel: 'online', ...rest }, ctx(submittedAt, cal));
  expectOk(started, 'submission');
  return proceed(
    def,
    { dossier: started.dossier, effects: started.effects, last: started.effects },
    steps,
    cal,
  );
}

/** Applies further steps to a dossier already run. */
export function proceed(
  def: ProcedureDefinition,
  from: Ran,
  steps: Step[],
  cal: Calendar = defaultCalendar,
): Ran {
  let { dossier } = from;
  const effects = [...from.effects];
  let last = from.last;
  steps.forEach((step, i) => {
    const { at: when, ...event } = step;
    const result = apply(def, dossier, event as DossierEvent, ctx(when, cal));
    expectOk(result, `step ${i} (${JSON.stringify(event)})`);
    dossier = result.dossier;
    effects.push(...result.effects);
    last = result.effects;
  });
  return { dossier, effects, last };
}

/** Applies an event that must be refused with `code`, and checks the dossier given was left exactly as it was. */
export function refused(
  def: ProcedureDefinition,
  dossier: Dossier,
  step: Step,
  code: string,
  cal: Calendar = defaultCalendar,
) {
  const before = structuredClone(dossier);
  const { at: when, ...event } = step;
  const result = apply(def, dossier, event as DossierEvent, ctx(when, cal));
  expect(result.ok, `expected ${code}`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  expect(result.error.message.vi).not.toBe('');
  expect(result.error.message.en).not.toBe('');
  expect(dossier).toEqual(before);
  return result.error;
}

export function ofType<T extends Effect['type']>(effects: Effect[], type: T): Extract<Effect, { type: T }>[] {
  return effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
}

export const slips = (effects: Effect[]) => ofType(effects, 'slip').map((e) => e.form);
export const opened = (effects: Effect[]) => ofType(effects, 'task_opened').map((e) => e.task);
export const closed = (effects: Effect[]) =>
  ofType(effects, 'task_closed').map((e) => ({ node: e.task.node, outcome: e.outcome }));
export const timersSet = (effects: Effect[]) => ofType(effects, 'timer_set').map((e) => e.timer);
export const timersCleared = (effects: Effect[]) => ofType(effects, 'timer_cleared').map((e) => e.id);
export const notified = (effects: Effect[]) => ofType(effects, 'notification').map((e) => e.template);
export const events = (d: Dossier) => d.history.map((h) => h.event);
export const openNodes = (d: Dossier) => d.tasks.map((t) => t.node);
