import procedureSchema from '../../../schemas/procedure.schema.json' with { type: 'json' };
import type { ProcedureDefinition, ProcessNode, TimeUnit } from '../../../schemas/procedure.ts';
import type { Action, ActionEvent, Dossier, Task } from '../dossier.ts';
import type { Localized, Problem } from '../problems.ts';
import { PROCESS_ROLES } from '../roles.ts';
import type { Run } from '../run.ts';

/** A JSON Schema, as plain data (it is served to the screens and written into the OpenAPI document). */
export type JsonSchema = Record<string, unknown>;

/** Where an action's input is asked for: absent, the general shape (for the OpenAPI document). */
export interface InputContext {
  node: ProcessNode;
  dossier: Dossier;
  /** The role it is taken as (the ways of paying depend on who records the payment). */
  role: string;
}

export interface ActionSpec {
  action: Action;
  label: Localized;
  /** Who may take it at this node (resolved from the node's configuration). */
  roles(node: ProcessNode): string[];
  /** Which of the node's tasks it acts on. */
  taskKind?: Task['kind'];
  /** Whether the node's configuration offers it at all (e.g. a task that may request a supplement). */
  available?(node: ProcessNode): boolean;
  /**
   * Refuses (by `fail`) when the dossier's state does not allow it now, whatever the input: `apply` calls it
   * before `run`, and the screens' `availableActions` leaves out what it refuses.
   */
  guard?(run: Run, node: ProcessNode): void;
  /** JSON Schema of `event.input`: what the screens ask for before they send the action. */
  input(at?: InputContext): JsonSchema;
  run(run: Run, node: ProcessNode, task: Task, event: ActionEvent): void;
}

export interface LintContext {
  definition: ProcedureDefinition;
  /** JSON pointer of the node, e.g. "/process/nodes/3". */
  path: string;
  incoming: number;
  outgoing: number;
}

/** A node type is one module: what it looks like, how it is configured, what it offers, what it does. */
export interface NodeType {
  type: string;
  label: Localized;
  description: Localized;
  /** Icon key and colour for the designer's palette. */
  icon: string;
  color: string;
  /** JSON Schema of `node.config`; the designer's property panel is generated from it. */
  configSchema: Record<string, unknown>;
  /** How many edges it takes: [min, max] in and out. */
  edges: { in: [number, number]; out: [number, number] };
  actions: ActionSpec[];
  /** Automatic nodes act here and move on; task nodes open work. */
  enter(run: Run, node: ProcessNode, via?: string): void;
  /** A reply deadline passed (consultation), if the type sets such timers. */
  onTimer?(run: Run, node: ProcessNode, task: Task): void;
  lint?(node: ProcessNode, context: LintContext): Problem[];
}

export const MANY = Number.MAX_SAFE_INTEGER;

const { duration, timeUnit } = procedureSchema.$defs;

/**
 * The largest amount of a duration (ten years of days), as the definition language's schema states it: one bound
 * for node allotments, the processing time (fixed or by rule) and `motcua due`.
 */
export const MAX_DURATION: number = duration.properties.value.maximum;

/** The units a duration is counted in, as the definition language's schema lists them. */
export const TIME_UNITS = timeUnit.enum as TimeUnit[];

/*
 * A config schema's `format` names what a value is (a unit, a role, a step of the diagram, a duration, a result
 * of the definition): the designer's properties panel picks each from its list, never as typed text. Validation
 * ignores these formats.
 */

/** The config schema of a duration, shared by every type that takes a time allotment: the language's own. */
export const durationSchema = {
  ...duration,
  format: 'duration',
  properties: { ...duration.properties, unit: timeUnit },
};

export const unitSchema = {
  type: 'string',
  minLength: 1,
  format: 'unit',
  description: 'unit code; default: the dossier’s handling unit',
};

export const roleSchema = { enum: [...PROCESS_ROLES], format: 'role' };

/** The id of another step of the process. */
export const stepSchema = { type: 'string', format: 'step' };

/** Who holds a step's work and for how long: the common part of every work step's configuration. */
export const holderSchema = {
  role: roleSchema,
  unit: unitSchema,
  allotment: durationSchema,
};
