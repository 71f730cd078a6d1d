/** The example definitions with form data that passes each, for tests that drive them through their process. */
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { birthData, example, judicialData } from '../../support/examples.ts';
import { chain, definition, edge, node } from './builder.ts';

const person = { fullName: 'Trần Thị Hoa', idNumber: '040190001234', phone: '0912345678' };

/** `variant` picks among the answers that change routing and fees. */
export const EXAMPLE_CASES: {
  name: string;
  definition: ProcedureDefinition;
  data: (variant: number) => Record<string, unknown>;
}[] = [
  {
    name: 'birth-registration',
    definition: example('birth-registration'),
    data: (v) =>
      birthData({
        birthProofKind: v % 2 ? 'witness_statement' : 'birth_certificate',
        extractCopies: v % 3,
      }),
  },
  {
    name: 'birth-residence-insurance',
    definition: example('birth-residence-insurance'),
    data: () => ({
      child: { fullName: 'Nguyễn Minh An', birthDate: '2026-11-02', sex: 'female', birthPlace: 'Vinh' },
      mother: { fullName: person.fullName, idNumber: person.idNumber },
      residence: { address: 'Số 1 Lê Lợi, Vinh', householdHeadId: '040190009999' },
      applicant: person,
    }),
  },
  {
    name: 'house-building-permit',
    definition: example('house-building-permit'),
    data: (v) => ({
      owner: { ...person, address: 'Số 1 Lê Lợi, Vinh' },
      site: { landParcel: '12', mapSheet: '3', address: 'Xã Hưng Lộc', landArea: 120 },
      building: { floorArea: 80, floors: 1 + (v % 4), height: 12, hasBasement: v % 2 === 1 },
    }),
  },
  {
    name: 'household-business',
    definition: example('household-business'),
    data: (v) => ({
      owner: person,
      business: {
        name: 'Tạp hóa Hoa',
        address: 'Chợ Vinh',
        lines: ['Bán lẻ'],
        capital: 50_000_000,
        conditionalLine: v % 2 === 1,
      },
    }),
  },
  {
    name: 'judicial-record',
    definition: example('judicial-record'),
    data: (v) =>
      judicialData({
        applicantCategory: ['standard', 'student', 'child'][v % 3],
        copies: 1 + (v % 4),
        livedInSeveralProvinces: v % 5 === 0,
        // A child is under 16 (the form's check).
        ...(v % 3 === 2 ? { applicant: { birthDate: '2015-06-01' } } : {}),
      }),
  },
];

/**
 * Every node type in one process: payment, a routed consultation whose silence is not agreement, a split into a
 * handoff, a review and an automatic check that may refuse at once, a join, an approval returning before the split.
 */
export function everyNodeType(): ProcedureDefinition {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception', { allotment: { value: 0.5, unit: 'working_hours' } }),
    node('payment', 'payment'),
    node('appraisal', 'task', {
      role: 'specialist',
      outcomes: ['simple', 'complex'],
      allowSupplement: true,
      allowRefuse: true,
      allotment: { value: 1, unit: 'working_days' },
    }),
    node('route', 'decision'),
    node('consult', 'interagency', {
      mode: 'consult',
      unit: 'SO_TC',
      allotment: { value: 1, unit: 'working_days' },
      silenceMeansAgreement: false,
    }),
    node('split', 'parallel'),
    node('police', 'interagency', { unit: 'CA', allotment: { value: 2, unit: 'working_days' } }),
    node('review', 'task', { role: 'leader', allowSupplement: true }),
    node('check', 'decision'),
    node('flagged', 'end', { outcome: 'refused' }),
    node('joined', 'join'),
    node('sign', 'approval', { returnTo: 'appraisal', allowRefuse: true }),
    node('issue', 'result'),
    node('deliver', 'delivery', { methods: ['counter', 'post'] }),
    node('end', 'end'),
  ];
  const edges = [
    ...chain('start', 'reception', 'payment', 'appraisal', 'route'),
    edge('route', 'consult', { '==': [{ var: '$dossier.outcomes.appraisal' }, 'complex'] }),
    edge('route', 'split'),
    edge('consult', 'split'),
    edge('split', 'police'),
    edge('split', 'review'),
    edge('split', 'check'),
    edge('check', 'flagged', { '==': [{ var: 'kind' }, 'b'] }),
    edge('check', 'joined'),
    edge('police', 'joined'),
    edge('review', 'joined'),
    ...chain('joined', 'sign', 'issue', 'deliver', 'end'),
  ];
  return definition({
    nodes,
    edges,
    processingTime: { value: 5, unit: 'working_days' },
    fees: [
      {
        id: 'copies',
        kind: 'charge',
        label: { vi: 'Bản sao', en: 'Copies' },
        amount: { '*': [{ var: ['copies', 0] }, 8000] },
      },
    ],
  });
}

export const SYNTHETIC_CASES = [
  {
    name: 'every node type (pause)',
    definition: everyNodeType(),
    data: (v: number) => ({ name: 'Nguyễn Văn A', copies: v % 3, kind: v % 4 === 0 ? 'b' : 'a' }),
  },
  {
    name: 'every node type (restart)',
    definition: { ...everyNodeType(), settings: { supplementPolicy: 'restart' as const, cutoff: '16:30' } },
    data: (v: number) => ({ name: 'Nguyễn Văn A', copies: v % 2, kind: 'a' }),
  },
];
