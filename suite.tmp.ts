import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileForm } from './runtime/engine/forms/index.ts';
const dir = '/work/shared/ext/json-schema-test-suite/tests/draft2020-12';
const rdir = '/work/shared/ext/json-schema-test-suite/remotes';
const remotes: Record<string, unknown> = {};
const walk = (d: string) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (f.endsWith('.json')) remotes['http://localhost:1234/' + relative(rdir, p)] = JSON.parse(readFileSync(p, 'utf8')); } };
walk(join(rdir, 'draft2020-12'));
for (const opts of [undefined, { schemas: remotes }]) {
  let pass = 0, total = 0; const fails: Record<string, number> = {};
  const t0 = performance.now();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const g of JSON.parse(readFileSync(join(dir, f), 'utf8'))) {
      if (process.env.V) console.log("G", f, g.description); const c = compileForm({ schema: g.schema }, opts);
      for (const t of g.tests) {
        total++;
        let ok = false;
        if (!('problems' in c)) ok = (c.validate(t.data).length === 0) === t.valid;
        if (ok) pass++; else { fails[f] = (fails[f] ?? 0) + 1; if (process.env.V) console.log(f, '|', g.description, '|', t.description, 'problems' in c ? JSON.stringify(c.problems[0].message.en) : ''); }
      }
    }
  }
  console.log(pass, '/', total, (performance.now() - t0).toFixed(0), 'ms', fails);
}
