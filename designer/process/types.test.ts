import { afterEach, describe, expect, it } from 'vitest';
import { NODE_TYPES, registerNodeType, type NodeType } from '../../runtime/engine/index.ts';
import { example } from '../../test/support/examples.ts';
import { copy, paste } from './graph.ts';
import { paletteEntries } from './types.ts';

/** A node type that exists only in this test: registered in the engine, never named by the designer. */
const archive: NodeType = {
  type: 'test_archive',
  label: { vi: 'Lưu trữ hồ sơ (thử)', en: 'Archive the dossier (test)' },
  description: { vi: 'Chỉ có trong phép thử.', en: 'Only in this test.' },
  icon: 'box',
  color: '#3f6212',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { after: { type: 'string', format: 'step' }, shelf: { type: 'string' } },
  },
  edges: { in: [1, 1], out: [1, 1] },
  actions: [],
  enter(run, node) {
    run.leave(node);
  },
};

let unregister: (() => void) | undefined;
afterEach(() => unregister?.());

describe('the palette', () => {
  it('lists every node type of the engine, in the registry’s order', () => {
    expect(paletteEntries().map((e) => e.type)).toEqual([...NODE_TYPES.keys()]);
    expect(paletteEntries().find((e) => e.type === 'end')).toMatchObject({
      continues: false,
      color: '#424242',
    });
  });

  it('shows a node type registered at run time with its own words, icon and colour, with no designer change', () => {
    unregister = registerNodeType(archive);
    expect(paletteEntries().at(-1)).toEqual({
      type: 'test_archive',
      label: archive.label,
      description: archive.description,
      icon: 'box',
      color: '#3f6212',
      continues: true,
    });
  });

  it('pastes steps of such a type with their step references followed, by its config schema', () => {
    unregister = registerNodeType(archive);
    const d = example('judicial-record');
    d.process.nodes.push({
      id: 'store',
      type: 'test_archive',
      position: { x: 0, y: 300 },
      config: { after: 'verify', shelf: 'verify' },
    });
    const fragment = copy(d, { nodes: ['verify', 'store'], edges: [] })!;
    const pasted = paste(d, fragment, { x: 0, y: 0 }).definition.process.nodes.at(-1)!;
    expect(pasted.config).toEqual({ after: 'task_1', shelf: 'verify' });
  });
});
