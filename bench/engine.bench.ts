/**
 * npm run bench:engine — the engine's figures, printed in one run:
 * actions/s on a 10-step process; µs per 100-field validation; µs per fee evaluation; µs per due time;
 * and the same approval process on bpmn-engine (benchmark-only dev dependency), with the ratio.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { Engine } from 'bpmn-engine';
import type { ProcedureDefinition } from '../schemas/procedure.ts';
import { apply, nodeType, start, type Dossier } from '../runtime/engine/index.ts';
import { computeFees } from '../runtime/engine/fees.ts';
import { validateForm } from '../runtime/engine/forms/index.ts';
import { addDuration, compileCalendar, parseInstant } from '../runtime/engine/time/index.ts';
import { linearProcess, STEP_COUNT } from './linear-process.ts';
import { hundredFieldData, hundredFieldForm } from '../test/fixtures/hundred-fields.ts';

const calendar = compileCalendar();
const monday = parseInstant('2026-11-23T08:00:00+07:00')!;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median over rounds of the mean µs per call, after a warm-up round. */
function microseconds(rounds: number, perRound: number, body: (i: number) => void): number {
  const samples: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) body(i);
    const us = Number(process.hrtime.bigint() - t0) / 1000 / perRound;
    if (r > 0) samples.push(us);
  }
  return median(samples);
}

function ourActionsPerSecond(dossiers: number): number {
  const definition = linearProcess();
  const ctx = { now: monday, calendar };
  // Each step's first action moves it on (accept, complete, approve, issue_result).
  const actionAt = new Map(definition.process.nodes.map((n) => [n.id, nodeType(n.type).actions[0]?.action]));
  let actions = 0;
  const t0 = process.hrtime.bigint();
  for (let n = 0; n < dossiers; n++) {
    const started = start(definition, { data: { name: 'Nguyễn Văn A' }, channel: 'online' }, ctx);
    if (!started.ok) throw new Error(started.error.code);
    let dossier: Dossier = started.dossier;
    while (dossier.tasks.length > 0) {
      const task = dossier.tasks[0];
      const action = actionAt.get(task.node)!;
      const result = apply(definition, dossier, { action, role: task.role, unit: task.unit }, ctx);
      if (!result.ok) throw new Error(result.error.code);
      dossier = result.dossier;
      actions++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return actions / seconds;
}

function bpmnXml(): string {
  const tasks = Array.from({ length: STEP_COUNT }, (_, i) => `<userTask id="step${i}" />`).join('');
  const ids = ['start', ...Array.from({ length: STEP_COUNT }, (_, i) => `step${i}`), 'end'];
  const flows = ids
    .slice(1)
    .map((id, i) => `<sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${id}" />`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://motcua.vn/bench">
  <process id="approval" isExecutable="true"><startEvent id="start" />${tasks}<endEvent id="end" />${flows}</process>
</definitions>`;
}

async function bpmnTasksPerSecond(instances: number): Promise<number> {
  const source = bpmnXml();
  // Parse once and reuse the model, so the figure is execution, not XML parsing.
  const parser = new Engine({ source }) as unknown as { _getModdleContext(s: string): Promise<unknown> };
  const moddleContext = await parser._getModdleContext(source);
  let tasks = 0;
  const t0 = process.hrtime.bigint();
  for (let n = 0; n < instances; n++) {
    const listener = new EventEmitter();
    listener.on('wait', (api: { signal: () => void }) => {
      tasks++;
      api.signal();
    });
    const engine = new Engine({ name: `bench-${n}`, moddleContext } as ConstructorParameters<
      typeof Engine
    >[0]);
    await new Promise<void>((resolve, reject) => {
      engine.once('end', () => resolve());
      engine.once('error', reject);
      engine.execute({ listener }).catch(reject);
    });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return tasks / seconds;
}

async function main() {
  console.log('Một Cửa engine benchmark (node', process.version + ')');

  ourActionsPerSecond(300); // warm-up
  const ours = ourActionsPerSecond(5000);
  console.log(
    `actions applied per second (10-step process): ${Math.round(ours).toLocaleString('en')}  (target ≥ 50,000)`,
  );

  const form = hundredFieldForm();
  const data = hundredFieldData();
  const validateUs = microseconds(20, 5000, () => {
    const errors = validateForm(form, data);
    if (!Array.isArray(errors) || errors.length > 0) throw new Error('the 100-field sample must be valid');
  });
  console.log(`median µs per 100-field form validation: ${validateUs.toFixed(2)}  (target ≤ 50)`);

  const judicial = JSON.parse(
    readFileSync(new URL('../examples/judicial-record.json', import.meta.url), 'utf8'),
  ) as ProcedureDefinition;
  const feeData = { applicantCategory: 'student', copies: 4, isForeigner: false };
  const feeUs = microseconds(20, 20000, () => computeFees(judicial, feeData, { now: monday }));
  console.log(`µs per fee evaluation (judicial record, 2 line items): ${feeUs.toFixed(3)}`);

  const dueUs = microseconds(20, 20000, (i) =>
    addDuration(calendar, monday + (i % 97) * 3_600_000, { value: 10 + (i % 6), unit: 'working_days' }),
  );
  console.log(`µs per due-time computation (10–15 working days): ${dueUs.toFixed(3)}  (target ≤ 5)`);

  await bpmnTasksPerSecond(50); // warm-up
  const theirs = await bpmnTasksPerSecond(500);
  console.log(
    `bpmn-engine user tasks per second (same 10-step process): ${Math.round(theirs).toLocaleString('en')}`,
  );
  console.log(
    `ratio (Một Cửa actions/s ÷ bpmn-engine tasks/s): ${(ours / theirs).toFixed(1)}×  (target ≥ 100×)`,
  );
}

await main();
