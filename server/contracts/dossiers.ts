/** Submitting dossiers, acting on them, the worklist, the public lookup and a dossier's history. */
import { CHANNELS, DOSSIER_STATUSES, TIMINGS } from '../../runtime/engine/index.ts';
import {
  AnyObject,
  Code,
  Id,
  Instant,
  Localized,
  Page,
  SlipTime,
  Type,
  nullable,
  paging,
  text,
  type Static,
} from './common.ts';

export const Channel = Type.Enum(CHANNELS);
export const DossierStatus = Type.Enum(DOSSIER_STATUSES);
export const Timing = Type.Enum(TIMINGS);

const ids = (description: string) => Type.Array(text(64), { maxItems: 100, description });

export const SubmitInput = Type.Object(
  {
    procedureCode: text(64),
    data: AnyObject('The e-form data, checked against the procedure’s form schema.'),
    channel: Type.Optional(Channel),
    unit: Type.Optional(
      text(64, 1, { description: 'The receiving unit; default: the procedure’s implementing unit.' }),
    ),
    components: Type.Optional(ids('Ids of the dossier components handed in.')),
    attachments: Type.Optional(
      ids(
        'Ids of files uploaded with POST /attachments by the caller: their components count as handed in, and ' +
          'they are linked to the new dossier.',
      ),
    ),
    idempotencyKey: Type.Optional(
      text(200, 1, {
        description:
          'A retried submission with the same key returns the first result instead of a new dossier.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SubmitInput = Static<typeof SubmitInput>;

const FeeLine = Type.Object({}, { additionalProperties: true, description: 'A fee line item as computed' });

export const Submitted = Type.Object({
  id: Type.String(),
  code: Type.String({ examples: ['000.00.23.H41-261123-0007'] }),
  qrToken: Type.String(),
  revision: Type.Integer(),
  status: DossierStatus,
  procedureCode: Type.String(),
  versionId: Type.String(),
  unit: Type.String(),
  channel: Channel,
  submittedAt: Instant,
  fees: Type.Object({ total: Type.Integer(), items: Type.Array(FeeLine) }),
  attachments: Type.Optional(
    Type.Array(Type.String(), { description: 'The uploaded files now the dossier’s' }),
  ),
  replayed: Type.Boolean({
    description: 'The stored answer to an earlier request with the same Idempotency-Key',
  }),
});
export type Submitted = Static<typeof Submitted>;

export const ActInput = Type.Object(
  {
    code: Code,
    action: text(64, 1, { pattern: '^[a-z_]+$', examples: ['accept'] }),
    input: Type.Optional(AnyObject('What the action takes (reasons, amounts, …), per action and node type.')),
    revision: Type.Integer({
      minimum: 1,
      description: 'The revision the caller saw; a stale one gets 409 with the current revision.',
    }),
    node: Type.Optional(
      text(64, 1, { description: 'The process node, when the dossier has several open tasks.' }),
    ),
  },
  { additionalProperties: false },
);
export type ActInput = Static<typeof ActInput>;

/** What the caller may do now on a dossier: the desk's buttons, and the revision to act on. */
export const AvailableActions = Type.Object({
  code: Type.String(),
  revision: Type.Integer({ description: 'Send it back with the action (POST /dossiers/{code}/actions).' }),
  actions: Type.Array(
    Type.Object({
      action: Type.String({ examples: ['accept'] }),
      label: Localized,
      node: Type.Optional(
        Type.String({ description: 'The step whose task it acts on; absent for the dossier as a whole.' }),
      ),
      role: Type.String({ description: 'The role it is taken as.' }),
      unit: Type.Optional(
        Type.String({ description: 'The unit it is taken from; absent for the applicant.' }),
      ),
      input: AnyObject('JSON Schema of the action’s input, for this step and this dossier.'),
    }),
  ),
});
export type AvailableActions = Static<typeof AvailableActions>;

const ResultSummary = Type.Object(
  {
    issuedAt: Instant,
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    verifyToken: Type.String({ description: 'Its public verification page: /xac-thuc/{verifyToken}' }),
  },
  { description: 'The e-result, once issued: GET /dossiers/{code}/result downloads it.' },
);

export const Rating = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: nullable(Type.String()),
    ratedAt: Instant,
  },
  { description: 'The applicant’s satisfaction rating (DOMAIN §8), once the result is issued.' },
);

const OpenTask = Type.Object({
  node: Type.String(),
  role: Type.String(),
  unit: Type.String(),
  dueAt: nullable(Instant),
});

const ResultDelivery = nullable(
  Type.Object(
    {
      inPerson: Type.Literal(true),
      unit: Type.String({ description: 'The unit where it is handed over' }),
      documents: Type.Array(Type.Object({ id: Type.String(), name: Localized })),
    },
    {
      description:
        'The result documents that must be collected in person (never online, never by post) and where; null ' +
        'when any way of delivery will do.',
    },
  ),
);

export const DossierDetail = Type.Object({
  id: Type.String(),
  code: Type.String(),
  qrToken: Type.String(),
  revision: Type.Integer(),
  procedureCode: Type.String(),
  versionId: Type.String(),
  unit: Type.String(),
  channel: Channel,
  applicantId: nullable(Type.String()),
  alert: nullable(Type.String()),
  submittedAt: Instant,
  data: AnyObject('The e-form data'),
  status: DossierStatus,
  timing: nullable(Timing),
  receivedAt: nullable(Instant),
  dueAt: nullable(Instant),
  promisedAt: nullable(Instant),
  finishedAt: nullable(Instant),
  supplement: nullable(
    Type.Object(
      { since: Instant, reasons: Type.Array(Type.String()) },
      {
        description: 'While the applicant is asked for more documents: since when, and the officer’s reasons',
      },
    ),
  ),
  fees: Type.Object({ total: Type.Integer(), paid: Type.Integer(), items: Type.Array(FeeLine) }),
  openTasks: Type.Array(OpenTask),
  history: Type.Array(
    Type.Object({
      at: nullable(Instant),
      event: Type.String(),
      role: Type.String(),
      node: Type.Optional(Type.String()),
      unit: Type.Optional(Type.String()),
      status: DossierStatus,
    }),
  ),
  resultDelivery: Type.Optional(ResultDelivery),
  result: Type.Optional(ResultSummary),
  rating: Type.Optional(Rating),
});
export type DossierDetail = Static<typeof DossierDetail>;

export const AssignInput = Type.Object(
  {
    code: Code,
    taskId: text(64, 1, { pattern: '^[A-Za-z0-9._-]+$' }),
    assigneeId: Type.Union([text(64), Type.Null()], {
      description: 'The officer’s user id, or null to give the task back to the unit’s pool.',
    }),
  },
  { additionalProperties: false },
);
export type AssignInput = Static<typeof AssignInput>;

export const Assigned = Type.Object({
  code: Type.String(),
  taskId: Type.String(),
  assigneeId: nullable(Type.String()),
});

export const PublicDossier = Type.Object({
  code: Type.String(),
  status: DossierStatus,
  procedure: Type.Object({ code: Type.String(), name: Localized }),
  unit: Type.String(),
  submittedAt: Instant,
  receivedAt: nullable(Instant),
  dueAt: nullable(Instant),
  finishedAt: nullable(Instant),
  timing: nullable(Timing),
  timeline: Type.Array(
    Type.Object({ at: Instant, event: Type.String(), status: DossierStatus, unit: nullable(Type.String()) }),
  ),
});
export type PublicDossier = Static<typeof PublicDossier>;

export const PageInput = Type.Object({ ...paging }, { additionalProperties: false });

export const DossierSummary = Type.Object({
  code: Type.String(),
  revision: Type.Integer(),
  procedureCode: Type.String(),
  status: DossierStatus,
  submittedAt: Instant,
  receivedAt: nullable(Instant),
  dueAt: nullable(Instant),
  finishedAt: nullable(Instant),
  timing: nullable(Timing),
});
export type DossierSummary = Static<typeof DossierSummary>;

export const MyDossiers = Page(DossierSummary);

// ---- worklist ---------------------------------------------------------------------------------------------

export const WorklistInput = Type.Object(
  {
    unit: Type.Optional(text(64)),
    role: Type.Optional(text(32)),
    assignee: Type.Optional(text(64, 1, { description: 'A user id, or "me".' })),
    status: Type.Optional(DossierStatus),
    overdue: Type.Optional(Type.Boolean({ description: 'Only work whose due time has passed.' })),
    dueWithinHours: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 10_000,
        description: 'Only work due within this many working hours.',
      }),
    ),
    ...paging,
  },
  { additionalProperties: false },
);
export type WorklistInput = Static<typeof WorklistInput>;

export const WorklistItem = Type.Object({
  code: Type.String(),
  revision: Type.Integer(),
  procedureCode: Type.String(),
  procedureName: Localized,
  status: DossierStatus,
  alert: nullable(
    Type.String({ description: 'due_warning or overdue once the dossier’s timers have fired' }),
  ),
  task: Type.Object({
    id: Type.String(),
    node: Type.String(),
    role: Type.String(),
    unit: Type.String(),
    kind: Type.String(),
    assigneeId: nullable(Type.String()),
    openedAt: Instant,
    stepDueAt: nullable(Instant),
  }),
  dueAt: nullable(Instant),
  dossierDueAt: nullable(Instant),
  overdue: Type.Boolean(),
  submittedAt: Instant,
  receivedAt: nullable(Instant),
});
export type WorklistItem = Static<typeof WorklistItem>;

export const Worklist = Type.Object({
  items: Type.Array(WorklistItem),
  total: Type.Integer(),
  totalCapped: Type.Boolean({ description: 'total is exact up to max(1000, offset + limit): "1000+"' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

// ---- history and the control slip (form 06) ---------------------------------------------------------------

const Person = Type.Object({
  userId: nullable(Type.String()),
  name: nullable(Type.String()),
  role: Type.String(),
});

export const ControlSlip = Type.Object(
  {
    form: Type.Literal('06'),
    code: Type.String(),
    procedureCode: Type.String(),
    rows: Type.Array(
      Type.Object({
        step: Type.String(),
        stepLabel: Localized,
        unit: Type.String({ description: 'The unit that held the step' }),
        receivedAt: { ...SlipTime, description: 'When the unit received the dossier (hh:mm dd/MM/yyyy)' },
        handedOverAt: { ...SlipTime, description: 'When it handed the dossier over (hh:mm dd/MM/yyyy)' },
        giver: Person,
        receivers: Type.Array(
          Type.Object({
            unit: Type.String(),
            role: Type.String(),
            step: Type.String(),
            person: nullable(Person),
          }),
        ),
        result: nullable(Timing),
        outcome: Type.String(),
      }),
    ),
  },
  {
    description:
      'Phiếu kiểm soát quá trình giải quyết hồ sơ (form 06, Circular 03/2025): one row per hand-off.',
  },
);

export const History = Type.Object({
  code: Type.String(),
  items: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      at: Instant,
      time: SlipTime,
      event: Type.String(),
      role: Type.String(),
      actor: nullable(Type.Object({ userId: Type.String(), name: nullable(Type.String()) })),
      node: nullable(Type.String()),
      unit: nullable(Type.String()),
      status: Type.String(),
      input: nullable(AnyObject('What the action carried')),
      slips: Type.Array(Type.String()),
    }),
  ),
});

export { Id };
