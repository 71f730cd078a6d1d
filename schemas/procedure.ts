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

/** A fixed processing time, or a rule over form data that yields the number of `unit`s. */
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
}

export interface Settings {
  supplementPolicy: 'pause' | 'restart';
  /** Dossiers received after this hour are deemed received at the next working period. "HH:MM". */
  cutoff: string;
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
}
