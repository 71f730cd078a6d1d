import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition, ProcessEdge, Rule } from '../../schemas/procedure.ts';
import { lint } from '../../runtime/engine/lint/index.ts';
import {
  chain,
  definition,
  edge,
  node,
  standardProcess,
  fork,
  component,
  withConfig,
} from './support/builder.ts';
import { everyNodeType } from './support/examples.ts';
import { wellFormed } from './support/problems.ts';

const codes = (value: unknown) => wellFormed(lint(value)).map((p) => p.code);
const found = (value: unknown) => wellFormed(lint(value)).map((p) => [p.code, p.path]);
const errors = (value: unknown) => wellFormed(lint(value)).filter((p) => p.severity === 'error');

/** The standard definition with one rule placed as a fee amount. */
const withFeeRule = (amount: unknown) =>
  definition({ fees: [{ id: 'fee', kind: 'fee', label: { vi: 'Phí', en: 'Fee' }, amount: amount as Rule }] });

// The examples lint clean: test/examples/definitions.test.ts.
describe('lint: the builders', () => {
  it('the built minimal definition has no problems at all', () => expect(lint(definition())).toEqual([]));
  it('the synthetic process with every node type has no problems at all', () =>
    expect(lint(everyNodeType())).toEqual([]));
});

describe('lint: bad input is a problem, never an exception', () => {
  it('not an object', () => {
    for (const value of [null, undefined, 42, 'procedure', [], true]) {
      expect(codes(value)).toEqual(['DEFINITION_SCHEMA']);
    }
  });

  it('missing keys, each reported', () => {
    const { code: _code, settings: _settings, ...rest } = definition();
    expect(found(rest)).toEqual([
      ['DEFINITION_SCHEMA', '/code'],
      ['DEFINITION_SCHEMA', '/settings'],
    ]);
  });

  it('a wrong type deep inside is reported at its pointer', () => {
    const def = definition();
    const bad = {
      ...def,
      process: {
        ...def.process,
        nodes: def.process.nodes.map((n, i) => (i === 2 ? { ...n, position: { x: 'a', y: 0 } } : n)),
      },
    };
    expect(found(bad)).toContainEqual(['DEFINITION_SCHEMA', '/process/nodes/2/position/x']);
  });
});

describe('lint: the graph', () => {
  it('an unknown node type', () => {
    const nodes = standardProcess().nodes.map((n) => (n.id === 'sign' ? { ...n, type: 'signature' } : n));
    expect(found(definition({ nodes }))).toContainEqual(['NODE_TYPE_UNKNOWN', '/process/nodes/3/type']);
  });

  it('zero or two starts', () => {
    const none = definition({
      nodes: [node('reception', 'reception'), node('end', 'end')],
      edges: chain('reception', 'end'),
    });
    expect(codes(none)).toContain('PROCESS_START_COUNT');
    const two = definition({
      nodes: [node('s1', 'start'), node('s2', 'start'), node('end', 'end')],
      edges: [edge('s1', 'end'), edge('s2', 'end')],
    });
    expect(found(two)).toContainEqual(['PROCESS_START_COUNT', '/process/nodes']);
  });

  it('dangling edges', () => {
    const { nodes, edges } = standardProcess();
    const dangling = definition({
      nodes,
      edges: [
        ...edges,
        { id: 'x', source: 'sign', target: 'nowhere' },
        { id: 'y', source: 'ghost', target: 'end' },
      ],
    });
    const problems = found(dangling);
    expect(problems).toContainEqual(['EDGE_DANGLING', '/process/edges/6/target']);
    expect(problems).toContainEqual(['EDGE_DANGLING', '/process/edges/7/source']);
  });

  it('an unreachable node', () => {
    const { nodes, edges } = standardProcess();
    const lonely = definition({
      nodes: [...nodes, node('orphan', 'task', { role: 'specialist' })],
      edges: [...edges, edge('orphan', 'end')],
    });
    expect(found(lonely)).toContainEqual(['NODE_UNREACHABLE', '/process/nodes/7']);
  });

  it('a cycle without exit', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('route', 'decision'),
      node('a', 'task', { role: 'specialist' }),
      node('b', 'task', { role: 'specialist' }),
      node('end', 'end'),
    ];
    const edges: ProcessEdge[] = [
      ...chain('start', 'reception', 'route'),
      edge('route', 'a', { var: 'conditional' }),
      edge('route', 'end'),
      edge('a', 'b'),
      edge('b', 'a'),
    ];
    const problems = found(definition({ nodes, edges }));
    expect(problems).toContainEqual(['NODE_NO_PATH_TO_END', '/process/nodes/3']);
    expect(problems).toContainEqual(['NODE_NO_PATH_TO_END', '/process/nodes/4']);
    expect(problems.filter(([c]) => c === 'NODE_NO_PATH_TO_END')).toHaveLength(2);
  });

  it('a decision without a default edge, or with two', () => {
    const nodes = [node('start', 'start'), node('route', 'decision'), node('a', 'end'), node('b', 'end')];
    const none = definition({
      nodes,
      edges: [edge('start', 'route'), edge('route', 'a', true), edge('route', 'b', false)],
    });
    expect(found(none)).toContainEqual(['DECISION_NO_DEFAULT', '/process/nodes/1']);
    const two = definition({
      nodes,
      edges: [edge('start', 'route'), edge('route', 'a'), edge('route', 'b')],
    });
    expect(found(two)).toContainEqual(['DECISION_MANY_DEFAULTS', '/process/nodes/1']);
  });

  it('wrong edge counts', () => {
    const { nodes, edges } = standardProcess();
    const forked = definition({ nodes, edges: [...edges, edge('appraisal', 'end')] });
    expect(found(forked)).toContainEqual(['NODE_OUTGOING_COUNT', '/process/nodes/2']);
    const joinOfOne = definition({
      nodes: [node('start', 'start'), node('j', 'join'), node('end', 'end')],
      edges: chain('start', 'j', 'end'),
    });
    expect(found(joinOfOne)).toContainEqual(['NODE_INCOMING_COUNT', '/process/nodes/1']);
    const splitOfOne = definition({
      nodes: [node('start', 'start'), node('p', 'parallel'), node('end', 'end')],
      edges: chain('start', 'p', 'end'),
    });
    expect(found(splitOfOne)).toContainEqual(['NODE_OUTGOING_COUNT', '/process/nodes/1']);
    const intoStart = definition({ nodes, edges: [...edges, edge('reception', 'start')] });
    expect(codes(intoStart)).toContain('NODE_INCOMING_COUNT');
  });

  it('a condition on an edge that is not a decision’s is a warning', () => {
    const { nodes, edges } = standardProcess();
    const def = definition({ nodes, edges: edges.map((e, i) => (i === 2 ? { ...e, condition: true } : e)) });
    expect(wellFormed(lint(def))).toEqual([
      expect.objectContaining({
        code: 'EDGE_CONDITION_IGNORED',
        severity: 'warning',
        path: '/process/edges/2/condition',
      }),
    ]);
  });

  it('duplicate ids of nodes, edges, components and fees', () => {
    const { nodes, edges } = standardProcess();
    const fee = { id: 'fee', kind: 'fee' as const, label: { vi: 'Phí', en: 'Fee' }, amount: 0 };
    const def = definition({
      nodes: [...nodes, { ...nodes[2] }],
      edges: [...edges, { ...edges[0] }],
      fees: [fee, fee],
      components: [component('c'), component('c')],
    });
    const problems = found(def);
    expect(problems).toContainEqual(['DUPLICATE_ID', '/process/nodes/7/id']);
    expect(problems).toContainEqual(['DUPLICATE_ID', '/process/edges/6/id']);
    expect(problems).toContainEqual(['DUPLICATE_ID', '/fees/1/id']);
    expect(problems).toContainEqual(['DUPLICATE_ID', '/components/1/id']);
  });
});

describe('lint: node configuration', () => {
  const configured = (id: string, config: Record<string, unknown>) =>
    definition({ nodes: withConfig(id, config) });

  it('is checked against the type’s schema, at the config’s pointer', () => {
    expect(found(configured('appraisal', {}))).toEqual([
      ['NODE_CONFIG_INVALID', '/process/nodes/2/config/role'],
    ]);
    expect(found(configured('appraisal', { role: 'citizen' }))).toContainEqual([
      'NODE_CONFIG_INVALID',
      '/process/nodes/2/config/role',
    ]);
    expect(
      found(configured('appraisal', { role: 'specialist', allotment: { value: 1, unit: 'weeks' } })),
    ).toContainEqual(['NODE_CONFIG_INVALID', '/process/nodes/2/config/allotment/unit']);
    expect(
      found(configured('appraisal', { role: 'specialist', allotment: { value: -1, unit: 'working_days' } })),
    ).toContainEqual(['NODE_CONFIG_INVALID', '/process/nodes/2/config/allotment/value']);
    expect(codes(configured('appraisal', { role: 'specialist', colour: 'red' }))).toContain(
      'NODE_CONFIG_INVALID',
    );
    expect(found(configured('deliver', { methods: ['pigeon'] }))).toContainEqual([
      'NODE_CONFIG_INVALID',
      '/process/nodes/5/config/methods/0',
    ]);
    expect(found(configured('end', { outcome: 'done' }))).toContainEqual([
      'NODE_CONFIG_INVALID',
      '/process/nodes/6/config/outcome',
    ]);
  });

  it('an interagency step needs the other unit', () => {
    const nodes = standardProcess().nodes.map((n) =>
      n.id === 'appraisal' ? node('appraisal', 'interagency', { mode: 'consult' }) : n,
    );
    expect(found(definition({ nodes }))).toEqual([['NODE_CONFIG_INVALID', '/process/nodes/2/config/unit']]);
  });

  it('a return step that is not a work step, and a result document that does not exist', () => {
    expect(found(configured('sign', { returnTo: 'end' }))).toContainEqual([
      'APPROVAL_BAD_RETURN',
      '/process/nodes/3/config/returnTo',
    ]);
    expect(found(configured('sign', { returnTo: 'nowhere' }))).toContainEqual([
      'APPROVAL_BAD_RETURN',
      '/process/nodes/3/config/returnTo',
    ]);
    expect(found(configured('issue', { document: 'ghost' }))).toContainEqual([
      'RESULT_UNKNOWN_DOCUMENT',
      '/process/nodes/4/config/document',
    ]);
  });

  it('an approval whose step before is not one work step must say where a return goes', () => {
    const { nodes, edges } = fork(
      [node('a', 'task', { role: 'specialist' }), node('b', 'task', { role: 'specialist' })],
      [node('sign', 'approval'), node('end', 'end')],
    );
    expect(found(definition({ nodes, edges }))).toContainEqual([
      'APPROVAL_RETURN_UNCLEAR',
      '/process/nodes/6',
    ]);
    const fixed = withConfig('sign', { returnTo: 'a' }, nodes);
    expect(errors(definition({ nodes: fixed, edges }))).toEqual([]);
  });
});

describe('lint: rules', () => {
  it('forbidden paths', () => {
    expect(codes(withFeeRule({ var: '__proto__.polluted' }))).toContain('RULE_FORBIDDEN_PATH');
    expect(codes(withFeeRule({ var: 'name.constructor' }))).toContain('RULE_FORBIDDEN_PATH');
  });

  it('unknown variables; dossier facts only in routing conditions', () => {
    expect(found(withFeeRule({ var: 'salary' }))).toContainEqual(['RULE_UNKNOWN_VARIABLE', '/fees/0/amount']);
    expect(
      codes(withFeeRule({ if: [{ '==': [{ var: '$dossier.channel' }, 'online'] }, 0, 1000] })),
    ).toContain('RULE_UNKNOWN_VARIABLE');
  });

  it('unknown operators', () => {
    expect(found(withFeeRule({ eval: ['process.exit()'] }))).toContainEqual([
      'RULE_UNKNOWN_OPERATOR',
      '/fees/0/amount',
    ]);
  });

  it('a huge rule', () => {
    const huge = { '+': Array.from({ length: 5000 }, (_, i) => ({ '*': [i, 1] })) };
    expect(codes(withFeeRule(huge))).toContain('RULE_TOO_LARGE');
  });

  it('a 10,000-deep nested rule, and a 10,000-deep list', () => {
    let rule: unknown = 1;
    for (let i = 0; i < 10_000; i++) rule = { '!': [rule] };
    expect(codes(withFeeRule(rule))).toContain('RULE_TOO_DEEP');
    let list: unknown = 1;
    for (let i = 0; i < 10_000; i++) list = [list];
    expect(() => lint(withFeeRule({ '+': list }))).not.toThrow();
    expect(errors(withFeeRule({ '+': list })).length).toBeGreaterThan(0);
  });

  it('rules in every place are checked: components, processing time, visibility, conditions', () => {
    const def = definition({
      components: [component('c', { var: 'nope1' })],
      processingTime: { rule: { var: 'nope2' }, unit: 'working_days' },
      form: { schema: definition().form.schema, ui: { fields: { copies: { visibleIf: { var: 'nope3' } } } } },
    });
    const paths = found(def)
      .filter(([c]) => c === 'RULE_UNKNOWN_VARIABLE')
      .map(([, p]) => p);
    expect(paths).toEqual([
      '/components/0/required',
      '/processingTime/rule',
      '/form/ui/fields/copies/visibleIf',
    ]);
  });

  it('a definition with rule errors does not run', () => {
    expect(errors(withFeeRule({ var: 'salary' }))).toHaveLength(1);
  });
});

describe('lint: time allotments', () => {
  it('a process of 20,000 steps is checked without exhausting the stack', () => {
    const steps = Array.from({ length: 20_000 }, (_, i) =>
      node(`t${i}`, 'task', { role: 'specialist', allotment: { value: 1, unit: 'working_hours' } }),
    );
    const nodes = [node('start', 'start'), ...steps, node('end', 'end')];
    const def = definition({ nodes, edges: chain(...nodes.map((n) => n.id)) });
    expect(found(def)).toEqual([['ALLOTMENTS_EXCEED_PROCESSING_TIME', '/processingTime']]);
  });

  it('a rework loop does not lengthen the longest path', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('appraisal', 'task', { role: 'specialist', allotment: { value: 2, unit: 'working_days' } }),
      node('sign', 'approval', { returnTo: 'appraisal', allotment: { value: 1, unit: 'working_days' } }),
      node('route', 'decision'),
      node('end', 'end'),
    ];
    const edges = [
      ...chain('start', 'reception', 'appraisal', 'sign', 'route'),
      edge('route', 'appraisal', { var: 'conditional' }),
      edge('route', 'end'),
    ];
    expect(lint(definition({ nodes, edges }))).toEqual([]);
    expect(codes(definition({ nodes, edges, processingTime: { value: 2, unit: 'working_days' } }))).toEqual([
      'ALLOTMENTS_EXCEED_PROCESSING_TIME',
    ]);
  });

  it('allotments on the longest path may not exceed the processing time', () => {
    const nodes = withConfig(
      'sign',
      { allotment: { value: 12, unit: 'working_hours' } },
      withConfig('appraisal', { role: 'specialist', allotment: { value: 2, unit: 'working_days' } }),
    );
    const def = definition({ nodes, processingTime: { value: 3, unit: 'working_days' } });
    expect(found(def)).toEqual([['ALLOTMENTS_EXCEED_PROCESSING_TIME', '/processingTime']]);
    expect(
      lint({ ...def, processingTime: { value: 4, unit: 'working_days' } } as ProcedureDefinition),
    ).toEqual([]);
  });

  it('a same-day procedure leaves one working day of room', () => {
    const nodes = withConfig('appraisal', {
      role: 'specialist',
      allotment: { value: 8, unit: 'working_hours' },
    });
    expect(lint(definition({ nodes, processingTime: { value: 0, unit: 'working_days' } }))).toEqual([]);
    const over = withConfig('sign', { allotment: { value: 1, unit: 'working_hours' } }, nodes);
    expect(codes(definition({ nodes: over, processingTime: { value: 0, unit: 'working_days' } }))).toEqual([
      'ALLOTMENTS_EXCEED_PROCESSING_TIME',
    ]);
  });
});
