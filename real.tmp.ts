import { readFileSync, readdirSync } from 'node:fs';
import { compileForm } from './runtime/engine/forms/index.ts';
const base = '/work/shared/ext/real-forms/';
for (const dir of ['va-json-schema', 'gsa-fac-json-schema']) {
  for (const f of readdirSync(base + dir).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(base + dir + '/' + f, 'utf8'));
    const c = compileForm({ schema });
    const { $schema: _, ...rest } = schema;
    const c2 = compileForm({ schema: rest });
    console.log(f, 'problems' in c ? JSON.stringify(c.problems.map(p => p.path + ' ' + p.message.en)) : 'compiled', '| without $schema:', 'problems' in c2 ? JSON.stringify(c2.problems) : 'compiled');
    if (!('problems' in c2)) console.log('  {} →', JSON.stringify(c2.validate({}).slice(0, 5).map(e => e.path + ' ' + e.code + ' ' + e.message.vi)), c2.validate({}).length);
    if (f.startsWith('21P-527EZ') && !('problems' in c2)) for (const ex of readdirSync(base + dir + '/examples')) console.log('  ', ex, c2.validate(JSON.parse(readFileSync(base + dir + '/examples/' + ex, 'utf8'))));
  }
}
