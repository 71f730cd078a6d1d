import { it } from 'vitest';
import { lint } from '../../runtime/engine/lint/index.ts';
import { definition, node, chain, edge } from './support/builder.ts';
it('dbg', () => {
  const nodes = [
    node('start', 'start'), node('reception', 'reception'), node('appraisal', 'task', {role:'specialist'}), node('route', 'decision'),
    node('fast', 'task', { role: 'specialist' }), node('normal', 'task', { role: 'specialist' }), node('sign', 'approval', { returnTo: 'appraisal' }), node('end', 'end'),
  ];
  const edges = [...chain('start', 'reception', 'appraisal', 'route'), edge('route', 'fast', { '==': [{ var: '$dossier.channel' }, 'counter'] }), edge('route', 'normal'), edge('fast', 'sign'), edge('normal', 'sign'), edge('sign', 'end')];
  console.log(JSON.stringify(lint(definition({ nodes, edges })), null, 1));
});
