import { describe, expect, it } from 'vitest';
import type { ProcessEdge } from '../../../schemas/procedure.ts';
import { lint } from '../lint/index.ts';
import {
  chain,
  definition,
  edge,
  node,
  openNodes,
  run,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';

/** reception → appraisal → route ⇒ (conditions → fast | slow), default → normal; all three → sign → … */
function routed(
  conditions: { fast?: unknown; slow?: unknown },
  appraisal: Record<string, unknown> = { role: 'specialist' },
) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', appraisal),
    node('route', 'decision'),
    ...(conditions.fast !== undefined ? [node('fast', 'task', { role: 'specialist' })] : []),
    ...(conditions.slow !== undefined ? [node('slow', 'task', { role: 'specialist' })] : []),
    node('normal', 'task', { role: 'specialist' }),
    node('sign', 'approval', { returnTo: 'appraisal' }),
    node('end', 'end'),
  ];
  const edges: ProcessEdge[] = [
    ...chain('start', 'reception', 'appraisal', 'route'),
    ...(conditions.fast !== undefined ? [edge('route', 'fast', conditions.fast)] : []),
    ...(conditions.slow !== undefined ? [edge('route', 'slow', conditions.slow)] : []),
    edge('route', 'normal'),
    ...(conditions.fast !== undefined ? [edge('fast', 'sign')] : []),
    ...(conditions.slow !== undefined ? [edge('slow', 'sign')] : []),
    edge('normal', 'sign'),
    edge('sign', 'end'),
  ];
  return definition({ nodes, edges });
}

const reach = (
  def: ReturnType<typeof routed>,
  data: Record<string, unknown>,
  channel: 'online' | 'counter' = 'online',
  outcome?: string,
) =>
  openNodes(
    run(
      def,
      [
        ACCEPT,
        {
          at: '2026-11-23T10:00',
          action: 'complete',
          role: 'specialist',
          input: outcome ? { outcome } : undefined,
        },
      ],
      {
        data: { name: 'Nguyễn Văn A', ...data },
        channel,
      },
    ).dossier,
  );

describe('decision', () => {
  it('takes the first edge whose condition holds, in edge order', () => {
    const def = routed({ fast: { '==': [{ var: 'kind' }, 'a'] }, slow: { '>=': [{ var: 'copies' }, 1] } });
    expect(lint(def).filter((p) => p.severity === 'error')).toEqual([]);
    expect(reach(def, { kind: 'a', copies: 3 })).toEqual(['fast']);
    expect(reach(def, { kind: 'b', copies: 3 })).toEqual(['slow']);
  });

  it('falls back to the default edge when no condition holds', () => {
    const def = routed({ fast: { '==': [{ var: 'kind' }, 'a'] }, slow: { var: 'conditional' } });
    expect(reach(def, {})).toEqual(['normal']);
    expect(reach(def, { kind: 'b', conditional: false })).toEqual(['normal']);
  });

  it('reads the channel from $dossier.channel', () => {
    const def = routed({ fast: { '==': [{ var: '$dossier.channel' }, 'counter'] } });
    expect(lint(def).filter((p) => p.severity === 'error')).toEqual([]);
    expect(reach(def, {}, 'counter')).toEqual(['fast']);
    expect(reach(def, {}, 'online')).toEqual(['normal']);
  });

  it('reads a task’s outcome from $dossier.outcomes.<node>', () => {
    const def = routed(
      { slow: { '==': [{ var: '$dossier.outcomes.appraisal' }, 'complex'] } },
      { role: 'specialist', outcomes: ['simple', 'complex'] },
    );
    expect(lint(def).filter((p) => p.severity === 'error')).toEqual([]);
    expect(reach(def, {}, 'online', 'complex')).toEqual(['slow']);
    expect(reach(def, {}, 'online', 'simple')).toEqual(['normal']);
  });

  it('reads the unit and the fees total', () => {
    const def = routed({
      fast: { '==': [{ var: '$dossier.unit' }, 'elsewhere'] },
      slow: { '>': [{ var: '$dossier.feesTotal' }, 0] },
    });
    const paid = {
      ...def,
      fees: [{ id: 'fee', kind: 'fee' as const, label: { vi: 'Lệ phí', en: 'Fee' }, amount: 1000 }],
    };
    expect(reach(def, {})).toEqual(['normal']);
    const r = run(paid, [ACCEPT, { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' }]);
    expect(openNodes(r.dossier)).toEqual(['slow']);
  });

  it('lint rejects unknown facts and unknown form variables in conditions', () => {
    const def = routed({ fast: { '==': [{ var: '$dossier.secret' }, 1] }, slow: { var: 'nope' } });
    const unknown = lint(def).filter((p) => p.code === 'RULE_UNKNOWN_VARIABLE');
    expect(unknown.map((p) => p.path)).toEqual([
      '/process/edges/3/condition/==/0',
      '/process/edges/4/condition',
    ]);
    expect(unknown.every((p) => p.severity === 'error')).toBe(true);
  });
});
