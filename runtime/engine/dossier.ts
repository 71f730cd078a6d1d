import type { Duration } from '../../schemas/procedure.ts';
import type { EngineError } from './errors.ts';
import type { FeeResult } from './fees.ts';
import type { Localized } from './problems.ts';

export type DossierStatus =
  | 'draft'
  | 'submitted'
  | 'received'
  | 'processing'
  | 'awaiting_supplement'
  | 'awaiting_payment'
  | 'result_ready'
  | 'completed'
  | 'refused'
  | 'withdrawn'
  | 'stopped';

export type Timing = 'early' | 'on_time' | 'late';
export type Channel = 'online' | 'counter' | 'post';
export type Outcome = 'issued' | 'refused' | 'withdrawn' | 'stopped';

export const ACTIONS = [
  'accept',
  'request_supplement',
  'supplement',
  'refuse',
  'complete',
  'approve',
  'return',
  'consult',
  'reply',
  'pay',
  'issue_result',
  'deliver_result',
  'withdraw',
  'stop',
  'extend',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Work waiting for a person: one per active node (a consultation adds a reply task for the consulted unit). */
export interface Task {
  id: string;
  node: string;
  role: string;
  unit: string;
  openedAt: number;
  dueAt?: number;
  /** `reply` tasks belong to a consulted unit; `work` tasks to the node's own holder. */
  kind: 'work' | 'reply';
}

export interface Pause {
  since: number;
  /** Before acceptance the legal clock has not started: nothing to pause. */
  phase: 'reception' | 'processing';
  /** Tasks set aside while the applicant supplements; they reopen with deadlines moved by the time waited. */
  suspended: Task[];
  reasons: string[];
}

export interface HistoryEntry {
  seq: number;
  at: number;
  /** An action, or a time event (`step_overdue`, `due_warning`, `overdue`, `consult_timeout`). */
  event: string;
  role: string;
  actor?: string;
  node?: string;
  unit?: string;
  input?: Record<string, unknown>;
  status: DossierStatus;
}

export interface Consultation {
  node: string;
  unit: string;
  askedAt: number;
  dueAt?: number;
  question?: string;
  reply?: { at: number; agree: boolean; text?: string; bySilence: boolean };
}

/**
 * A dossier's state. Its times are UTC ms, in two kinds:
 * - what happened, when it happened: submittedAt ≤ receivedAt ≤ resultAt ≤ finishedAt (each once set);
 * - the legal clock (DOMAIN §6), in working time: deemedReceivedAt (≥ receivedAt) ≤ dueAt, and promisedAt.
 * A dossier accepted on Friday evening was received then, deemed received on Monday morning; if its result is
 * issued that same evening, it finished before its clock started: early, not a contradiction.
 */
export interface Dossier {
  procedure: string;
  unit: string;
  channel: Channel;
  status: DossierStatus;
  data: Record<string, unknown>;
  /** Ids of the components handed in (at submission, then with supplements), in the definition's order. */
  components: string[];
  fees: FeeResult & { paid: number; paidAt?: number };
  /** When the dossier was handed in (online, at the counter, by post). */
  submittedAt: number;
  /** When reception accepted it; a "restart" supplement keeps it (the original acceptance). */
  receivedAt?: number;
  /**
   * Deemed time of receipt, where the legal clock starts: the acceptance, or after the cut-off or outside office
   * hours the next working period; a "restart" supplement starts the clock again from its own deemed time.
   */
  deemedReceivedAt?: number;
  /** The legal processing time that set dueAt: read at acceptance, read again when an officer's outcome is given. */
  processingTime?: Duration;
  /** Due time: the processing time from deemedReceivedAt, moved by the working time a supplement paused it. */
  dueAt?: number;
  /** The new appointment of an extension (form 04); the timing is still judged against dueAt. */
  promisedAt?: number;
  /** When the result was issued: with dueAt, it decides the timing. */
  resultAt?: number;
  /** When the dossier ended: delivered, refused, withdrawn or stopped. */
  finishedAt?: number;
  /** Early, on time or late: only for a dossier whose result was issued; refused, withdrawn, stopped have none. */
  timing?: Timing;
  outcome?: Outcome;
  /** Accepted, and no officer has acted on it since (DOMAIN §4.3: transferred, not yet taken up). */
  taken: boolean;
  tasks: Task[];
  /** The ids of the process edges followed so far, in order: the path taken, for the diagram (queries/path.ts). */
  traversed?: string[];
  /** Incoming edges that have reached each waiting join. */
  joins: Record<string, string[]>;
  pause?: Pause;
  supplementRequested: boolean;
  extension?: { at: number; reason: string; promisedAt: number };
  consultations: Consultation[];
  outcomes: Record<string, string>;
  history: HistoryEntry[];
  /** Counter for task ids, so replays give the same ids. */
  seq: number;
}

export interface ActionEvent {
  action: string;
  role: string;
  unit?: string;
  actor?: string;
  node?: string;
  input?: Record<string, unknown>;
}

export interface TimerEvent {
  timer: string;
}

export type DossierEvent = ActionEvent | TimerEvent;

export type TimerKind = 'step_due' | 'dossier_warning' | 'dossier_due' | 'reply_due';

export type Recipient = { role: 'citizen' } | { role: string; unit: string };

export type SlipForm = '01' | '02' | '03' | '04' | '05' | '06';

/** What the server must carry out in the transaction that stores the new state. */
export type Effect =
  | { type: 'task_opened'; task: Task }
  | { type: 'task_closed'; task: Task; outcome: string }
  | { type: 'timer_set'; timer: { id: string; kind: TimerKind; at: number; node?: string } }
  | { type: 'timer_cleared'; id: string }
  | { type: 'notification'; to: Recipient; template: string; message: Localized }
  | { type: 'slip'; form: SlipForm }
  /** `file`: the result file the issuing officer named (an uploaded file's id), if any. */
  | { type: 'result_issued'; node: string; document?: string; file?: string };

export type EngineResult =
  { ok: true; dossier: Dossier; effects: Effect[] } | { ok: false; error: EngineError };
