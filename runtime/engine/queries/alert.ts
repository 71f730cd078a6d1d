import type { Dossier } from '../dossier.ts';
import { dueWarningAt } from '../due-warning.ts';
import type { Calendar } from '../time/index.ts';

export const ALERTS = ['on_track', 'due_soon', 'overdue'] as const;
export type Alert = (typeof ALERTS)[number];

/**
 * Where the dossier stands against its due time: overdue past it; due soon within the last working day before it
 * (DOMAIN §4.7: the agency must be warned, and may still apologise and extend, until then); else on track.
 * Judged now while it runs; while the applicant supplements, at the pause (the clock stands still); once the
 * result is issued or the dossier ended, at that time. An extended dossier has had its apology: it is no longer
 * "due soon", yet it is overdue past the original due time, which statistics still judge it by (DOMAIN §4.7).
 */
export function dossierAlert(dossier: Dossier, ctx: { now: number; calendar: Calendar }): Alert {
  const due = dossier.dueAt;
  if (due === undefined) return 'on_track';
  const judgedAt =
    dossier.resultAt ??
    dossier.finishedAt ??
    (dossier.pause?.phase === 'processing' ? dossier.pause.since : ctx.now);
  if (judgedAt > due) return 'overdue';
  if (!dossier.extension && judgedAt >= dueWarningAt(ctx.calendar, due)) return 'due_soon';
  return 'on_track';
}
