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

export interface Dossier {
  procedure: string;
  unit: string;
  channel: Channel;
  status: DossierStatus;
  data: Record<string, unknown>;
  fees: FeeResult & { paid: number; paidAt?: number };
  submittedAt: number;
  /** Deemed time of acceptance: the legal clock starts here. */
  receivedAt?: number;
  dueAt?: number;
  promisedAt?: number;
  resultAt?: number;
  finishedAt?: number;
  timing?: Timing;
  outcome?: Outcome;
  /** Accepted, and no officer has acted on it since (DOMAIN §4.3: transferred, not yet taken up). */
  taken: boolean;
  tasks: Task[];
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
  | { type: 'result_issued'; node: string; document?: string };

export type EngineResult =
  { ok: true; dossier: Dossier; effects: Effect[] } | { ok: false; error: EngineError };
