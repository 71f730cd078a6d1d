import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../dossier.ts';
import { registerNodeType } from '../nodes/registry.ts';
import { actionCatalogue } from './action-catalogue.ts';

describe('actionCatalogue', () => {
  it('lists every action of the language, by node type and on the dossier, each with its input schema', () => {
    const { nodeTypes, dossier } = actionCatalogue();
    const listed = new Set([
      ...Object.values(nodeTypes).flatMap((t) => t.actions.map((a) => a.action)),
      ...dossier.map((a) => a.action),
    ]);
    expect([...listed].sort()).toEqual([...ACTIONS].sort());
    expect(nodeTypes.approval.actions.map((a) => a.action)).toEqual(['approve', 'return', 'refuse']);
    expect(nodeTypes.start).toBeUndefined();
    expect(dossier.find((a) => a.action === 'extend')).toMatchObject({
      roles: ['specialist', 'leader'],
      input: { required: ['promisedAt'], properties: { promisedAt: { format: 'date-time' } } },
    });
  });

  it('follows the registry: a node type registered later is listed with its actions', () => {
    const remove = registerNodeType({
      type: 'stamp_test',
      label: { vi: 'Đóng dấu', en: 'Stamp' },
      description: { vi: 'Thử', en: 'Test' },
      icon: 'stamp',
      color: '#000000',
      configSchema: { type: 'object' },
      edges: { in: [1, 1], out: [1, 1] },
      actions: [
        {
          action: 'approve',
          label: { vi: 'Đóng dấu', en: 'Stamp' },
          roles: () => ['leader'],
          input: () => ({ type: 'object', properties: { seal: { type: 'string' } } }),
          run: () => undefined,
        },
      ],
      enter: () => undefined,
    });
    try {
      expect(actionCatalogue().nodeTypes.stamp_test.actions[0].input).toEqual({
        type: 'object',
        properties: { seal: { type: 'string' } },
      });
    } finally {
      remove();
    }
  });
});
