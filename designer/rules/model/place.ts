/**
 * A rule's place in a definition, named by its JSON pointer, decides how it is edited and checked: a condition or
 * a value, what it may read (process edges and the processing time may read the dossier's facts too), and where
 * lint problems point.
 */
import type { ProcedureDefinition, Rule, TimeUnit } from '../../../schemas/procedure.ts';
import { formHasVariable, isFactPath, lintRule, type Problem } from '../../../runtime/engine/index.ts';
import { dossierFactFields, formRuleFields, type RuleFieldInfo } from './fields.ts';

export type RulePlaceKind =
  { kind: 'condition'; constants: boolean } | { kind: 'value'; unit: 'vnd' | TimeUnit; perCopy: boolean };

export interface RulePlace {
  /** JSON pointer of the rule in the definition ("/fees/0/amount"). */
  path: string;
  editor: RulePlaceKind;
  /** The fields the builder lists. */
  fields: RuleFieldInfo[];
  /** Whether the rule may read a variable path, as the engine's lint decides for this place. */
  variables: (path: string) => boolean;
}

const EDGE = /^\/process\/edges\/\d+\/condition$/;

function kindAt(definition: ProcedureDefinition, path: string): RulePlaceKind {
  if (/^\/fees\/\d+\/amount$/.test(path)) return { kind: 'value', unit: 'vnd', perCopy: true };
  if (path === '/processingTime/rule') {
    const unit = 'unit' in definition.processingTime ? definition.processingTime.unit : 'working_days';
    return { kind: 'value', unit, perCopy: false };
  }
  // A component is required always, never, or when a condition holds.
  return { kind: 'condition', constants: /^\/components\/\d+\/required$/.test(path) };
}

export function rulePlace(definition: ProcedureDefinition, path: string): RulePlace {
  // The processing time may read them too: an officer's outcome at a step can set it.
  const facts = EDGE.test(path) || path === '/processingTime/rule';
  const schema = definition.form.schema;
  return {
    path,
    editor: kindAt(definition, path),
    fields: [...formRuleFields(definition.form), ...(facts ? dossierFactFields(definition) : [])],
    variables: (name) => formHasVariable(schema, name) || (facts && isFactPath(name)),
  };
}

/** The engine's lint of a rule at its place: the problems a save would report. */
export function lintAt(rule: Rule, place: RulePlace): Problem[] {
  return lintRule(rule, { path: place.path, variables: place.variables });
}
