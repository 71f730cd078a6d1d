/**
 * The definition language: TypeScript types of a procedure definition.
 * `procedure.schema.json` beside this file is the authoritative JSON Schema (2020-12); `test/schemas.test.ts`
 * keeps the two in step by checking the examples and hand-made definitions against both.
 */

export interface Localized {
  vi: string;
  en: string;
}

/** A JSON Logic rule: a literal, or `{operator: args}`. Checked by lint (operators, variables, size). */
export type Rule = null | boolean | number | string | Rule[] | { [operator: string]: Rule };

export type Level = 'full_online' | 'partial_online' | 'info_only';

export type TimeUnit = 'working_days' | 'working_half_days' | 'working_hours' | 'days';

export interface Duration {
  value: number;
  unit: TimeUnit;
}

/**
 * A fixed processing time, or a rule that yields the number of `unit`s: over form data and the dossier's facts, so
 * an officer's outcome at a step can set it (`{"var": "$dossier.outcomes.verify"}`); the due time follows it.
 */
export type ProcessingTime = Duration | { rule: Rule; unit: TimeUnit };

export interface LegalBasis {
  title: string;
  number: string;
  effectiveDate: string;
}

export interface FormDefinition {
  /** JSON Schema (2020-12) of the form data. */
  schema: Record<string, unknown>;
  ui?: UiSchema;
  /** Rules beyond the schema: cross-field rules, and conditions that refuse the data with a stated reason. */
  checks?: FormCheck[];
}

/**
 * A rule the form data must satisfy, evaluated when the data is handed in (submission, supplement): `today` is
 * that day, so "the birth date is not after it" reads
 * `{">=": [{"date_diff": [{"var": "child.birthDate"}, {"today": []}]}, 0]}`.
 */
export interface FormCheck {
  id: string;
  /** JSON Logic over the form data; a falsy result refuses the data. */
  rule: Rule;
  /** JSON pointer of the field the check is about ("/child/birthDate"); "" for the form as a whole. */
  path: string;
  /** Why the data is refused, shown at `path`. */
  message: Localized;
  /**
   * A repeating group ("/members"): the rule is checked on each of its items and sees `{item, index, form}`
   * (`{"var": "item.birthDate"}`, the whole form as `{"var": "form.applicant.name"}`); `path` is within the item
   * ("/birthDate"), and a failure is reported at that item's place ("/members/2/birthDate").
   */
  each?: string;
}

export interface UiSchema {
  /** Field order per object path ("" is the root). */
  order?: Record<string, string[]>;
  fields?: Record<string, UiField>;
  sections?: { title: Localized; fields: string[] }[];
}

export interface UiField {
  widget?: string;
  label?: Localized;
  help?: Localized;
  placeholder?: Localized;
  /** The words of a choice's values (an enum's), by value: `{"male": {"vi": "Nam", "en": "Male"}}`. */
  options?: Record<string, Localized>;
  /** Shown only when the rule is truthy; hidden fields are neither validated nor kept. */
  visibleIf?: Rule;
}

export interface Component {
  id: string;
  name: Localized;
  copies: { original: number; copy: number };
  /** true, false or a rule over form data. */
  required: Rule;
  acceptedTypes: string[];
  maxSizeMB: number;
  /** A kind the citizen's personal data store (vault) can supply, e.g. "citizen_id". */
  reusableKind?: string;
}

export type FeeKind = 'fee' | 'charge';

export interface FeeItem {
  id: string;
  kind: FeeKind;
  label: Localized;
  /** A rule over form data that yields a non-negative integer amount in VND. */
  amount: Rule;
  /** What the line charges for (default: its id): the lines of one purpose are the successive tables of one charge. */
  purpose?: string;
  /** When the line applies, by the dossier's time of receipt (before receipt: now); always when absent. */
  effective?: EffectivePeriod;
}

/**
 * Calendar days in Vietnam, "YYYY-MM-DD". `until` is exclusive so that a replaced table's `until` is the date the
 * replacing text takes effect (its `from`): successive tables tile with no gap and no shared day.
 */
export interface EffectivePeriod {
  from?: string;
  until?: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface ProcessNode {
  id: string;
  type: string;
  label?: Localized;
  config?: Record<string, unknown>;
  position: Position;
}

export interface ProcessEdge {
  id: string;
  source: string;
  target: string;
  /** On a decision's outgoing edges; the one edge without a condition is the default. */
  condition?: Rule;
  label?: Localized;
}

export interface Process {
  nodes: ProcessNode[];
  edges: ProcessEdge[];
}

export interface ResultDocument {
  id: string;
  name: Localized;
  /** Whether it is issued electronically (signed, with a QR code). */
  electronic?: boolean;
  /** `in_person`: it must be collected at the counter, never returned online or by post; absent, any method. */
  delivery?: 'in_person';
}

export interface Settings {
  supplementPolicy: 'pause' | 'restart';
  /**
   * The procedure's own cut-off ("HH:MM"): dossiers received after it are deemed received at the next working
   * period. Without one, the calendar's cut-off applies (DOMAIN §6).
   */
  cutoff?: string;
}

export interface ProcedureDefinition {
  $schema?: string;
  code: string;
  name: Localized;
  sector: string;
  unit: string;
  level: Level;
  legalBasis: LegalBasis[];
  subjects: Localized[];
  conditions: Localized[];
  form: FormDefinition;
  components: Component[];
  fees: FeeItem[];
  processingTime: ProcessingTime;
  process: Process;
  results: ResultDocument[];
  settings: Settings;
  /** Facts not yet known (published texts leave them to the province); shown to designers, never invented. */
  unknowns?: { path: string; note: Localized }[];
  /** Test scenarios saved from the designer's simulation; publishing runs each one and refuses when one fails. */
  scenarios?: SavedScenario[];
}

/** A run saved as a test: its scenario (scenario.schema.json) and what the dossier must be at its end. */
export interface SavedScenario {
  name: string;
  /** Typed by the engine (Scenario); checked by lint against scenario.schema.json. */
  scenario: Record<string, unknown>;
  /** Fees total in whole VND: a change to a fee rule that changes this run's amount fails publishing. */
  expect?: { status?: string; nodes?: string[]; feeTotal?: number };
}
