import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { hundredFieldData, hundredFieldForm } from './runtime/engine/forms/hundred-fields.fixture.ts';
function med(run: () => unknown): number {
  for (let i = 0; i < 20000; i++) run();
  const t: number[] = [];
  for (let b = 0; b < 2000; b++) { const t0 = performance.now(); for (let i = 0; i < 50; i++) run(); t.push((performance.now() - t0) * 20); }
  t.sort((a, b) => a - b); return t[1000];
}
const data = hundredFieldData();
for (const [name, opts] of [['base', {}], ['own', { ownProperties: true }], ['own+verbose', { ownProperties: true, verbose: true }]] as const) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, messages: false, logger: false, validateSchema: false, ...opts });
  addFormats(ajv);
  const v = ajv.compile(hundredFieldForm().schema);
  console.log(name, med(() => v(data)).toFixed(2));
}
{
  const ajv = new Ajv2020({ strict: false, allErrors: true, messages: false, logger: false, validateSchema: false, ownProperties: true });
  const s = JSON.parse(JSON.stringify(hundredFieldForm().schema).replace(/"format":"[a-z]+",?/g, '').replace(/,}/g, '}'));
  const v = ajv.compile(s);
  console.log('no formats', med(() => v(data)).toFixed(2), v(data));
}
