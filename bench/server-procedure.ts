/**
 * The procedure `npm run bench:server` submits to: the 100-field form of the form benchmarks, two required
 * components (handed in at the counter: their ids are listed with each submission), and a short process at the
 * Department of Construction of the demo (reception, appraisal, signature, result).
 */
import { hundredFieldData, hundredFieldForm } from '../test/fixtures/hundred-fields.ts';
import type { ProcedureDefinition, ProcessNode } from '../schemas/procedure.ts';

export const BENCH_CODE = 'BENCH.100';
export const BENCH_UNIT = '000.00.12.H41';
export const BENCH_COMPONENTS = ['application_scan', 'site_plan'];

export function benchProcedure(): ProcedureDefinition {
  const at = (x: number) => ({ x, y: 100 });
  const nodes: ProcessNode[] = [
    { id: 'start', type: 'start', position: at(0) },
    {
      id: 'reception',
      type: 'reception',
      config: { allotment: { value: 4, unit: 'working_hours' } },
      position: at(150),
    },
    {
      id: 'appraisal',
      type: 'task',
      config: { role: 'specialist', allotment: { value: 3, unit: 'working_days' } },
      position: at(300),
    },
    { id: 'sign', type: 'approval', config: { role: 'leader' }, position: at(450) },
    { id: 'issue', type: 'result', config: { role: 'leader', document: 'permit' }, position: at(600) },
    { id: 'end', type: 'end', config: { outcome: 'issued' }, position: at(750) },
  ];
  const component = (id: string, vi: string, en: string) => ({
    id,
    name: { vi, en },
    copies: { original: 1, copy: 0 },
    required: true,
    acceptedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    maxSizeMB: 10,
  });
  return {
    code: BENCH_CODE,
    name: { vi: 'Thủ tục đo hiệu năng (100 trường)', en: 'Benchmark procedure (100 fields)' },
    sector: 'bench',
    unit: BENCH_UNIT,
    level: 'full_online',
    legalBasis: [],
    subjects: [],
    conditions: [],
    form: hundredFieldForm(),
    components: [
      component(BENCH_COMPONENTS[0], 'Đơn đề nghị (bản quét)', 'Application (scan)'),
      component(BENCH_COMPONENTS[1], 'Sơ đồ vị trí', 'Site plan'),
    ],
    fees: [],
    processingTime: { value: 5, unit: 'working_days' },
    process: {
      nodes,
      edges: nodes.slice(1).map((node, i) => ({ id: `e${i + 1}`, source: nodes[i].id, target: node.id })),
    },
    results: [{ id: 'permit', name: { vi: 'Giấy phép', en: 'Permit' }, electronic: true }],
    settings: { supplementPolicy: 'pause', cutoff: '15:00' },
  } as ProcedureDefinition;
}

/**
 * A submission of the bench procedure at the counter of `unit`: the 100 fields and the ids of both components (the
 * same body sent again and again: online, each submission would need files of its own).
 */
export function benchSubmission(unit: string) {
  return {
    procedureCode: BENCH_CODE,
    unit,
    data: hundredFieldData(),
    channel: 'counter',
    components: BENCH_COMPONENTS,
  };
}
