/** Submitting dossiers, acting on them, assigning their tasks, looking them up, and their history. */
import { CodeInput } from '../../contracts/common.ts';
import {
  ActInput,
  AssignInput,
  Assigned,
  AvailableActions,
  ControlSlip,
  DossierDetail,
  History,
  MyDossiers,
  PageInput,
  PublicDossier,
  SubmitInput,
  Submitted,
} from '../../contracts/dossiers.ts';
import {
  act,
  assignTask,
  availableDossierActions,
  controlSlip,
  dossierHistory,
  getDossier,
  myDossiers,
  submitDossier,
} from '../../services/index.ts';
import { actionCatalogue } from '../../../runtime/engine/index.ts';
import { siteOf } from '../deps.ts';
import { throttledLookup } from '../lookup.ts';
import { mutation, query } from './operation.ts';

const tags = ['dossiers'];

const handling = {
  '403': 'FORBIDDEN: neither the applicant nor an officer of a handling unit',
  '404': 'DOSSIER_NOT_FOUND',
};

export const dossiers = {
  submit: mutation({
    summary: 'Nộp hồ sơ / Submit a dossier',
    description:
      'By a citizen online, or by reception for a walk-in at the counter. Send an Idempotency-Key to make retries ' +
      'safe: a replay answers 200 with the first answer instead of 201.',
    tags,
    access: 'session',
    presumesSignIn: true,
    input: SubmitInput,
    output: Submitted,
    rest: {
      method: 'POST',
      path: '/dossiers',
      status: (out) => (out.replayed ? 200 : 201),
      headers: { 'idempotency-key': 'idempotencyKey' },
    },
    errors: {
      '403': 'FORBIDDEN: counter and post submissions are for reception of the receiving unit',
      '404': 'PROCEDURE_NOT_FOUND, PROCEDURE_NOT_LIVE',
      '409': 'IDEMPOTENCY_KEY_REUSED, ATTACHMENT_ALREADY_SUBMITTED',
      '422':
        'FORM_INVALID (path: the field), COMPONENTS_MISSING, COMPONENT_UNKNOWN, UNIT_UNKNOWN, ATTACHMENT_*, ' +
        'PROCEDURE_INFO_ONLY, RULE_FAILED',
    },
    run: ({ deps, ctx }, input) => submitDossier(deps.store, ctx, input),
  }),

  lookup: query({
    summary: 'Tra cứu tình trạng hồ sơ / Public status of a dossier',
    description:
      'Status and timeline by dossier code, without personal data. Throttled per client address; codes that do ' +
      'not exist count apart and are audited.',
    tags,
    access: 'public',
    input: CodeInput,
    output: PublicDossier,
    rest: { method: 'GET', path: '/dossiers/:code' },
    errors: {
      '404': 'DOSSIER_NOT_FOUND',
      '429': 'TOO_MANY_LOOKUPS: wait Retry-After seconds',
    },
    run: ({ deps, request, reply }, input) => throttledLookup(deps, request, reply, input),
  }),

  get: query({
    summary: 'Chi tiết hồ sơ / Dossier details',
    description: 'For the applicant who owns it and officers of the units handling it.',
    tags,
    access: 'session',
    input: CodeInput,
    output: DossierDetail,
    rest: { method: 'GET', path: '/dossiers/:code/details' },
    errors: handling,
    run: ({ deps, ctx }, input) => getDossier(deps.store, ctx, input),
  }),

  act: mutation({
    summary: 'Xử lý hồ sơ / Act on a dossier',
    description:
      'Any action the dossier’s process offers the caller’s role and unit (accept, approve, …): GET ' +
      '/dossiers/{code}/actions lists them with the input each takes. `x-actions` lists every action of the ' +
      'process language, by node type and on the dossier as a whole, with the JSON Schema of its input.',
    tags,
    access: 'session',
    input: ActInput,
    output: DossierDetail,
    rest: { method: 'POST', path: '/dossiers/:code/actions' },
    errors: {
      ...handling,
      '403': 'FORBIDDEN, ROLE_NOT_ALLOWED, UNIT_NOT_ALLOWED, PAYMENT_CONFIRMATION_REQUIRED',
      '409':
        'REVISION_CONFLICT (details.currentRevision), ACTION_NOT_AVAILABLE, DOSSIER_FINISHED, ' +
        'DOSSIER_AWAITING_SUPPLEMENT, EXTEND_ALREADY_USED, WITHDRAW_TOO_LATE',
      '422':
        'The action’s input is refused by the engine (INPUT_REASON_REQUIRED, PAYMENT_AMOUNT_MISMATCH, …); ' +
        'RESULT_FILE_UNUSABLE: issue_result’s input.file is not a result file the caller uploaded, or is used',
    },
    extensions: () => ({ 'x-actions': actionCatalogue() }),
    run: ({ deps, ctx, request }, input) => act(deps.store, ctx, input, { site: siteOf(request) }),
  }),

  availableActions: query({
    summary: 'Việc có thể làm với hồ sơ / Actions available on a dossier',
    description:
      'What the caller may do now, as which role and unit, at which step, with the JSON Schema of the input each ' +
      'action takes: exactly what POST /dossiers/{code}/actions accepts from them.',
    tags,
    access: 'session',
    input: CodeInput,
    output: AvailableActions,
    rest: { method: 'GET', path: '/dossiers/:code/actions' },
    errors: handling,
    run: ({ deps, ctx }, input) => availableDossierActions(deps.store, ctx, input),
  }),

  assign: mutation({
    summary: 'Phân công công việc / Assign a task',
    description:
      'A leader of the unit holding the open task assigns it to an officer holding the task’s role there (null: ' +
      'back to the unit’s pool); such an officer may take it for themself. The worklist’s `assignee=me` then ' +
      'lists it for them.',
    tags,
    access: 'session',
    input: AssignInput,
    output: Assigned,
    rest: { method: 'POST', path: '/dossiers/:code/tasks/:taskId/assignee' },
    errors: {
      '403': 'FORBIDDEN: only a leader of the unit holding the task (or the officer taking it)',
      '404': 'DOSSIER_NOT_FOUND, TASK_NOT_FOUND',
      '422': 'ASSIGNEE_NOT_HOLDER',
    },
    run: ({ deps, ctx }, input) => assignTask(deps.store, ctx, input),
  }),

  mine: query({
    summary: 'Hồ sơ của tôi / My dossiers',
    description: 'The signed-in citizen’s own dossiers, newest first.',
    tags,
    access: 'session',
    input: PageInput,
    output: MyDossiers,
    rest: { method: 'GET', path: '/me/dossiers' },
    run: ({ deps, ctx }, input) => myDossiers(deps.store, ctx, input),
  }),

  history: query({
    summary: 'Lịch sử hồ sơ / Dossier history',
    description: 'Every step in order, with who acted, when (hh:mm dd/MM/yyyy) and the slips issued.',
    tags,
    access: 'session',
    input: CodeInput,
    output: History,
    rest: { method: 'GET', path: '/dossiers/:code/history' },
    errors: handling,
    run: async ({ deps, ctx }, input) => ({
      code: input.code,
      items: await dossierHistory(deps.store, ctx, input),
    }),
  }),

  controlSlip: query({
    summary: 'Phiếu kiểm soát quá trình giải quyết hồ sơ / Process control slip (form 06)',
    description:
      'One row per hand-off: unit, time received and handed over (hh:mm dd/MM/yyyy), who gave, who received, and ' +
      'the result of the step (early, on_time, late).',
    tags,
    access: 'session',
    input: CodeInput,
    output: ControlSlip,
    rest: { method: 'GET', path: '/dossiers/:code/control-slip' },
    errors: handling,
    run: ({ deps, ctx }, input) => controlSlip(deps.store, ctx, input),
  }),
};
