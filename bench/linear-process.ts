import type { ProcedureDefinition, ProcessNode } from '../schemas/procedure.ts';

/** Ten steps, each a person's action: reception, seven tasks, an approval, and a result. */
export const STEP_COUNT = 10;

export function linearProcess(): ProcedureDefinition {
  const steps: ProcessNode[] = [
    { id: 'reception', type: 'reception', position: { x: 0, y: 0 } },
    ...Array.from({ length: 7 }, (_, i) => ({
      id: `task${i + 1}`,
      type: 'task',
      config: { role: 'specialist', allotment: { value: 1, unit: 'working_hours' } },
      position: { x: 0, y: 0 },
    })),
    { id: 'approve', type: 'approval', config: { role: 'leader' }, position: { x: 0, y: 0 } },
    { id: 'issue', type: 'result', config: { role: 'leader' }, position: { x: 0, y: 0 } },
  ];
  const nodes: ProcessNode[] = [
    { id: 'start', type: 'start', position: { x: 0, y: 0 } },
    ...steps,
    { id: 'end', type: 'end', position: { x: 0, y: 0 } },
  ];
  return {
    code: 'BENCH.10',
    name: { vi: 'Quy trình 10 bước', en: 'Ten-step process' },
    sector: 'bench',
    unit: 'U1',
    level: 'full_online',
    legalBasis: [],
    subjects: [],
    conditions: [],
    form: { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    components: [],
    fees: [],
    processingTime: { value: 3, unit: 'working_days' },
    process: {
      nodes,
      edges: nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: nodes[i].id, target: node.id })),
    },
    results: [],
    settings: { supplementPolicy: 'pause', cutoff: '15:00' },
  };
}
