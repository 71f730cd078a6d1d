/** Types of JSON columns and enum-like text columns, shared by both schemas so their row types stay equal. */
import type {
  Channel,
  Dossier,
  DossierStatus,
  HistoryEntry,
  Localized,
  Recipient,
  Task,
  Timing,
} from '../../runtime/engine/index.ts';
import type { CalendarSpec } from '../../runtime/engine/time/index.ts';

export type { Channel, Dossier, DossierStatus, CalendarSpec, Timing };

/** draft → submitted → approved → published → retired; a rejected version is edited back into a draft. */
export type VersionStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'retired';

export interface ReviewComment {
  at: number;
  by: string;
  text: string;
  verdict?: 'approved' | 'rejected';
}

/** What a review comment is about: an element of the definition (by id, or a form field's JSON pointer), or the whole. */
export type ReviewTargetKind = 'node' | 'edge' | 'field' | 'component' | 'fee' | 'processingTime' | 'general';

/** Problems found by the engine's lint when the version was last saved. */
export interface StoredProblem {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  message: Localized;
}

/**
 * One history entry of a dossier, with the task hand-offs and slips of the state change that recorded it
 * (on the first entry of that change): form 06 and the history are projections of these.
 */
export interface DossierEventPayload {
  entry: HistoryEntry;
  revision: number;
  opened?: Task[];
  closed?: { task: Task; outcome: string }[];
  slips?: string[];
  results?: { node: string; document?: string }[];
}

export type { Recipient };

/** 'due_warning' or 'overdue' once the dossier's timers have fired (shown in worklists). */
export type DossierAlert = 'due_warning' | 'overdue';
