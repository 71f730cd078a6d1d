/** The engine's public surface: pure functions over definitions and dossiers. */
export { lint } from './lint/index.ts';
export { start, apply, type Submission } from './interpreter.ts';
export type { EngineContext } from './run.ts';
export * from './dossier.ts';
export type { EngineError, Attempt } from './errors.ts';
export type { Problem, Localized } from './problems.ts';
export type { FeeResult, FeeLine } from './fees.ts';
export { validateData, feesFor, dueTime } from './checks.ts';
export { requiredComponents } from './components.ts';
export { NODE_TYPES, nodeType } from './nodes/registry.ts';
export { MAX_DURATION, TIME_UNITS, type NodeType, type ActionSpec } from './nodes/types.ts';
export { isProcessRole, ROLES, type Role } from './roles.ts';
export {
  simulate,
  checkScenario,
  type Scenario,
  type ScenarioStep,
  type SimulationResult,
} from './simulate.ts';
export { dossierView } from './view.ts';
export { isPlainObject } from './objects.ts';
export { checkCalendar } from './calendar-check.ts';
