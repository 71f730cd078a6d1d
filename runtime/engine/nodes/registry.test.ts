/** Node types added at run time (extensions, tests): known to lint and to the interpreter, never replacing one. */
import { describe, expect, it } from 'vitest';
import { allotmentPlan, lint, NODE_TYPES, nodeType, registerNodeType, type NodeType } from '../index.ts';
import { chain, definition, node } from '../../../test/engine/support/builder.ts';

const notify: NodeType = {
  type: 'test_notify',
  label: { vi: 'Gửi thông báo (thử)', en: 'Send a notice (test)' },
  description: { vi: 'Loại bước chỉ có trong phép thử.', en: 'A node type that exists only in this test.' },
  icon: 'bell',
  color: '#5b21b6',
  configSchema: {
    type: 'object',
    required: ['channel'],
    additionalProperties: false,
    properties: { channel: { enum: ['sms', 'email'] } },
  },
  edges: { in: [1, 1], out: [1, 1] },
  actions: [],
  enter(run, n) {
    run.leave(n);
  },
};

describe('registerNodeType', () => {
  it('adds a type that lint then checks like a built-in one, and removes it again', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('n', 'test_notify'),
      node('end', 'end'),
    ];
    const def = definition({ nodes, edges: chain('start', 'reception', 'n', 'end') });
    expect(lint(def).map((p) => p.code)).toEqual(['NODE_TYPE_UNKNOWN']);

    const remove = registerNodeType(notify);
    try {
      expect(NODE_TYPES.get('test_notify')).toBe(notify);
      expect(nodeType('test_notify')).toBe(notify);
      // Its own config schema applies: `channel` is required.
      expect(lint(structuredClone(def)).map((p) => [p.code, p.path])).toEqual([
        ['NODE_CONFIG_INVALID', '/process/nodes/2/config/channel'],
      ]);
      nodes[2].config = { channel: 'sms' };
      expect(lint(structuredClone(def))).toEqual([]);
    } finally {
      remove();
    }
    expect(NODE_TYPES.has('test_notify')).toBe(false);
  });

  it('never replaces a type already registered', () => {
    const before = NODE_TYPES.get('task');
    expect(() => registerNodeType({ ...notify, type: 'task' })).toThrow(/already registered/);
    expect(NODE_TYPES.get('task')).toBe(before);
  });
});

describe('allotmentPlan', () => {
  it('sums the allotments on the longest path, names its steps, and reads the processing time in hours', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception', { allotment: { value: 4, unit: 'working_hours' } }),
      node('split', 'parallel'),
      node('short', 'task', { role: 'specialist', allotment: { value: 1, unit: 'working_days' } }),
      node('long', 'task', { role: 'specialist', allotment: { value: 2, unit: 'working_days' } }),
      node('joined', 'join'),
      node('end', 'end'),
    ];
    const edges = [
      ...chain('start', 'reception', 'split', 'short', 'joined', 'end'),
      ...chain('split', 'long', 'joined'),
    ];
    const plan = allotmentPlan(
      definition({ nodes, edges, processingTime: { value: 2, unit: 'working_days' } }),
    );
    expect(plan).toEqual({
      planned: 20,
      budget: 16,
      path: ['start', 'reception', 'split', 'long', 'joined', 'end'],
    });
  });

  it('has no budget when a rule sets the processing time, and nothing without a start', () => {
    const byRule = definition({ processingTime: { rule: 10, unit: 'working_days' } });
    expect(allotmentPlan(byRule)?.budget).toBeUndefined();
    expect(allotmentPlan(definition({ nodes: [node('end', 'end')], edges: [] }))).toBeUndefined();
  });
});
