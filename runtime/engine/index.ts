/** The engine's public surface: pure functions over definitions and dossiers. */
export { lint } from './lint/index.ts';
export { allotmentPlan, type AllotmentPlan } from './lint/allotments.ts';
export { start, apply, type Submission } from './interpreter.ts';
export type { EngineContext } from './run.ts';
export * from './dossier.ts';
export { LEVELS, CHANNELS, DOSSIER_STATUSES, OUTCOMES, TIMINGS } from './language.ts';
export type { EngineError, Attempt } from './errors.ts';
export type { Problem, Localized } from './problems.ts';
export {
  message,
  joinLocalized,
  messagesEn,
  messagesVi,
  type MessageKey,
  type MessageParams,
} from './messages/index.ts';
export { computeFees, type FeeContext, type FeeResult, type FeeLine } from './fees.ts';
export { amountInWords } from './money.ts';
export { searchKey, withoutDiacritics } from './diacritics.ts';
export { validateData, feesFor, dueTime } from './checks.ts';
export { requiredComponents } from './components.ts';
export { NODE_TYPES, nodeType, registerNodeType } from './nodes/registry.ts';
export { MAX_DURATION, TIME_UNITS, type NodeType, type ActionSpec } from './nodes/types.ts';
export { isProcessRole, PROCESS_ROLES, ROLES, type Role } from './roles.ts';
// What the designer's simulation needs: the run's times as text, and the calendar it is timed by.
export {
  deemedReceipt,
  formatInstant,
  parseInstant,
  type Calendar,
  type CalendarSpec,
} from './time/index.ts';
export {
  simulate,
  checkScenario,
  type Scenario,
  type ScenarioStep,
  type SimulationResult,
} from './simulate.ts';
export { checkSavedScenario, runSavedScenarios, type ScenarioFailure } from './saved-scenarios.ts';
export { dossierView } from './view.ts';
export { inPersonDocuments, resultDeliveryView } from './result-delivery.ts';
export { isPlainObject } from './objects.ts';
export { checkCalendar } from './calendar-check.ts';
// What the designer's rule editors need: the rule lint and evaluator, and what a rule may read.
export { evaluate, lintRule, RuleError } from './rules/index.ts';
export { formHasVariable } from './forms/index.ts';
export { FACTS_ROOT, isFactPath } from './facts.ts';
// What the form renderer (runtime/web/form) needs to judge a form as the server does.
export {
  compileForm,
  PROCEDURE_FORM,
  type CompiledForm,
  type CompileOptions,
  type FieldError,
  type IsVisible,
} from './forms/index.ts';
// A published form's validators compiled ahead (the server serves them; the portal's pages may not compile code).
export { standaloneForm, standaloneFormModule, type StandaloneModule } from './forms/index.ts';
export { segmentsOf, dotPath } from './forms/pointers.ts';
export { formatNumber } from './forms/words.ts';
export { fieldVisibility, withoutHidden } from './visibility.ts';
export { formErrors, type SchemaValidator } from './form-check.ts';
export { ruleVariables } from './rules/index.ts';
// What the screens ask of a dossier: the actions a person may take, its alert, its path, the fields shown.
export * from './queries/index.ts';
export { DOSSIER_ACTIONS, type DossierActionSpec } from './dossier-actions.ts';
export type { JsonSchema, InputContext } from './nodes/types.ts';
