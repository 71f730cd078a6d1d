import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { example } from '../../test/support/examples.ts';
import type { VersionDiff } from './changes.ts';
import { diagramMarks } from './diagram-marks.ts';

const published = example('birth-registration');

describe('the diff on the diagram', () => {
  it('marks added and changed elements of the version, and adds the removed ones from the published one', () => {
    const version: ProcedureDefinition = structuredClone(published);
    const process = version.process;
    process.nodes = process.nodes
      .filter((n) => n.id !== 'payment')
      .map((n) => (n.id === 'reception' ? { ...n, label: { vi: 'Tiếp nhận mới', en: 'Receive' } } : n));
    process.nodes.push({ id: 'check', type: 'appraisal', position: { x: 0, y: 300 } });
    process.edges = process.edges.filter((e) => e.source !== 'payment' && e.target !== 'payment');
    process.edges.push({ id: 'e-new', source: 'reception', target: 'appraisal' });

    const node = (id: string) => published.process.nodes.find((n) => n.id === id)!;
    const edge = (id: string) => published.process.edges.find((e) => e.id === id)!;
    const none = { added: [], removed: [], changed: [] };
    // As the server's diff says it (server/services/diff.ts).
    const diff: VersionDiff = {
      nodes: {
        added: [process.nodes.at(-1)],
        removed: [node('payment')],
        changed: [{ id: 'reception', from: node('reception'), to: {} }],
      },
      edges: { added: [process.edges.at(-1)], removed: [edge('e2'), edge('e2b')], changed: [] },
      fields: none,
      components: none,
      fees: none,
      processingTime: null,
      identical: false,
    };
    const marks = diagramMarks(version, diff);
    const marked = (items: { item: { id: string }; mark?: string }[]) =>
      Object.fromEntries(items.filter((m) => m.mark).map((m) => [m.item.id, m.mark]));
    expect(marked(marks.nodes)).toEqual({ reception: 'changed', check: 'added', payment: 'removed' });
    expect(marked(marks.edges)).toEqual({ 'e-new': 'added', e2: 'removed', e2b: 'removed' });
    // The removed step is drawn where the published version had it.
    const payment = marks.nodes.find((m) => m.item.id === 'payment')!.item;
    expect(payment.position).toEqual(node('payment').position);
    expect(marks.nodes).toHaveLength(version.process.nodes.length + 1);
  });
});
