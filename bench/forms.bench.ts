/**
 * Benchmark: validating a valid 100-field form (target ≤ 50 µs median) and, for comparison, compiling it and
 * validating data with errors. Run: npx tsx runtime/engine/forms/forms.bench.ts
 */
import { compileForm } from '../runtime/engine/forms/index.ts';
import { hundredFieldData, hundredFieldForm } from '../test/fixtures/hundred-fields.ts';

function medianMicros(run: () => unknown, batches = 2000, perBatch = 50): number {
  for (let i = 0; i < 20_000; i++) run(); // warm up: let the JIT optimize the validator
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) run();
    times.push(((performance.now() - start) * 1000) / perBatch);
  }
  times.sort((x, y) => x - y);
  return times[times.length >> 1];
}

function compileMicros(): number {
  const start = performance.now();
  const result = compileForm(hundredFieldForm());
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return (performance.now() - start) * 1000;
}

const cold = compileMicros(); // includes compiling the 2020-12 meta-schema, once per process
const warm = compileMicros();
const compiled = compileForm(hundredFieldForm());
if ('problems' in compiled) throw new Error(JSON.stringify(compiled.problems));

const valid = hundredFieldData();
const invalid = structuredClone(valid) as Record<string, Record<string, unknown>>;
invalid.applicant.f1 = '2024-02-30';
delete invalid.child.f0;
invalid.father.f3 = -1;
if (compiled.validate(valid).length !== 0 || compiled.validate(invalid).length !== 3)
  throw new Error('fixture');

const visible = (): boolean => true;
medianMicros(() => compiled.validate(valid)); // one more round of warm-up for the whole process

const fmt = (n: number): string => n.toFixed(2).padStart(10);
const line = (what: string, us: number, note: string): void =>
  console.log(`forms: ${what.padEnd(38)}${fmt(us)} µs ${note}`);
line('compile 100-field form, first', cold, '(meta-schema compiled once per process)');
line('compile 100-field form, next', warm, '');
line(
  'validate valid 100-field form',
  medianMicros(() => compiled.validate(valid)),
  'median',
);
line(
  '… with isVisible',
  medianMicros(() => compiled.validate(valid, visible)),
  'median',
);
line(
  'validate with 3 errors, localized',
  medianMicros(() => compiled.validate(invalid), 500),
  'median',
);
