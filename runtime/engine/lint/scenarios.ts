import type { ValidateFunction } from 'ajv';
import scenarioSchema from '../../../schemas/scenario.schema.json' with { type: 'json' };
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { formAjv } from '../forms/ajv.ts';
import { problem, type Problem } from '../problems.ts';
import { schemaProblems } from './schema.ts';
import { message } from '../messages/index.ts';

// Compiled on first use: most definitions have no saved scenarios.
let validateScenario: ValidateFunction | undefined;

/** The compiled scenario.schema.json, shared by lint and simulate. */
export function scenarioValidator(): ValidateFunction {
  return (validateScenario ??= formAjv().compile(scenarioSchema));
}

/** Saved scenarios: each the shape simulate takes, named once (publishing names the one that fails). */
export function lintScenarios(definition: ProcedureDefinition): Problem[] {
  const seen = new Set<string>();
  return (definition.scenarios ?? []).flatMap((saved, i) => {
    const base = `/scenarios/${i}`;
    const twice = seen.has(saved.name)
      ? [
          problem(
            'SCENARIO_DUPLICATE_NAME',
            `${base}/name`,
            message('lint.scenarioDuplicateName', { name: saved.name }),
          ),
        ]
      : [];
    seen.add(saved.name);
    const shape = schemaProblems(
      scenarioValidator(),
      saved.scenario,
      'SCENARIO_INVALID',
      message('lint.scenario'),
      `${base}/scenario`,
    );
    return [...twice, ...shape];
  });
}
