import { readFileSync } from 'node:fs';
import { compileForm } from './runtime/engine/forms/index.ts';
const groups = JSON.parse(readFileSync('/work/shared/ext/json-schema-test-suite/tests/draft2020-12/properties.json', 'utf8'));
const g = groups.find((g: any) => g.description.startsWith('properties whose names'));
console.log(JSON.stringify(g.schema));
const c = compileForm({ schema: g.schema });
for (const t of g.tests) console.log(t.description, t.valid, JSON.stringify(t.data), 'problems' in c ? c.problems : c.validate(t.data));
