/**
 * Engine timers (step due, dossier warning and due, consultation replies) fired by a scheduler. Several server
 * processes may run one each: a timer is leased to one claimer at a time, and firing is idempotent (the commit
 * marks the timer fired only if it is still unfired at the same fire time; otherwise nothing is written).
 */
import { apply } from '../../runtime/engine/index.ts';
import type { Calendar } from '../../runtime/engine/time/index.ts';
import { RevisionConflict, TimerAlreadyFired, type Store, type TimerRow } from '../store/index.ts';
import { currentCalendar } from '../services/calendars.ts';
import { pinnedDefinition } from '../services/definitions.ts';
import { commitResult } from '../services/dossier-plan.ts';

export interface ClaimOptions {
  now: number;
  /** Who claims (a process id): a lease names its holder. */
  owner: string;
  /** How long the claim holds; a claimer that dies lets the timer go after this. */
  leaseMs: number;
  limit: number;
}

/**
 * Leases due timers that nobody holds (UPDATE … RETURNING; FOR UPDATE SKIP LOCKED on PostgreSQL), earliest first:
 * a dossier's timers then fire in the order of their times (RETURNING promises no order).
 */
export async function claimDueTimers(store: Store, options: ClaimOptions): Promise<TimerRow[]> {
  const claimed = await store.claimTimers(options);
  return claimed.sort((a, b) => a.fireAt - b.fireAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `deferred`: an earlier timer of the same dossier is still unfired (held by another scheduler); not yet. */
export type FireOutcome = 'fired' | 'stale' | 'already_done' | 'deferred';

/** Engine refusals that mean the timer no longer applies: it is marked done, the dossier is left alone. */
const NO_LONGER_APPLIES = new Set(['TIMER_STALE', 'DOSSIER_FINISHED']);
const MAX_ATTEMPTS = 5;

/**
 * Applies the timer's event to its dossier through the same commit path as an action. Firing a timer twice changes
 * nothing the second time; if an officer acts on the dossier meanwhile, the timer is re-applied on the new state.
 */
export async function fireTimer(
  store: Store,
  timer: TimerRow,
  ctx: { now: number; calendar: Calendar },
): Promise<FireOutcome> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await store.getDossier({ id: timer.dossierId });
    if (!row) return 'already_done';
    // A timer fired or moved meanwhile is caught by the commit (or by finishTimer): it writes nothing then.
    // A dossier's history follows the times of its timers, whichever scheduler holds which.
    if (await store.hasEarlierTimer(timer.dossierId, timer.fireAt)) return 'deferred';
    const definition = await pinnedDefinition(store, row.versionId);
    const result = apply(definition, row.state, { timer: timer.timer }, ctx);
    if (!result.ok) {
      if (!NO_LONGER_APPLIES.has(result.error.code)) {
        throw new Error(`timer ${timer.id}: ${result.error.code} ${result.error.message.en}`);
      }
      return (await store.finishTimer(timer.id, timer.fireAt, ctx.now)) ? 'stale' : 'already_done';
    }
    try {
      await commitResult(store, {
        row,
        result,
        firing: { timerId: timer.id, fireAt: timer.fireAt },
        audit: { at: ctx.now, actorId: null, action: 'dossier.timer', payload: { timer: timer.timer } },
      });
      return 'fired';
    } catch (error) {
      if (error instanceof TimerAlreadyFired) return 'already_done';
      if (!(error instanceof RevisionConflict)) throw error;
      // Someone acted on the dossier in between: re-read and apply the timer to what is there now.
    }
  }
  throw new Error(`timer ${timer.id}: the dossier kept changing; left for the next tick`);
}

export interface TickReport {
  claimed: number;
  fired: number;
  stale: number;
  alreadyDone: number;
  /** Left for a later tick (lease released): an earlier timer of the dossier came first. */
  deferred: number;
  failed: number;
  /** The seq of the audit anchor the tick wrote, if it wrote one (`anchorEveryMs`). */
  anchored?: number;
}

export interface SchedulerOptions {
  owner: string;
  leaseMs?: number;
  /** Timers claimed per tick. */
  batch?: number;
  onError?: (error: unknown, timer: TimerRow) => void;
  /**
   * Also writes an audit anchor (server/store/anchors.ts) when the last one is this old: several processes may
   * tick, the anchors' lock lets one write it.
   */
  anchorEveryMs?: number;
}

/**
 * Fires due timers when ticked. The server calls `tick(Date.now())` on an interval; tests call it with the times
 * they choose. A tick never overlaps the previous one.
 */
export class Scheduler {
  private running: Promise<TickReport> | undefined;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly options: SchedulerOptions,
  ) {}

  tick(now: number): Promise<TickReport> {
    const idle: TickReport = { claimed: 0, fired: 0, stale: 0, alreadyDone: 0, deferred: 0, failed: 0 };
    if (this.stopped) return Promise.resolve(idle);
    if (this.running) return this.running.then(() => idle);
    const run = this.run(now).finally(() => {
      this.running = undefined;
    });
    this.running = run;
    return run;
  }

  /** No new ticks; waits for the one in flight (clean shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }

  private async run(now: number): Promise<TickReport> {
    const report: TickReport = { claimed: 0, fired: 0, stale: 0, alreadyDone: 0, deferred: 0, failed: 0 };
    await this.fire(now, report);
    const { anchorEveryMs } = this.options;
    if (anchorEveryMs !== undefined && !this.stopped) {
      const anchor = await this.store.writeAnchor(now, anchorEveryMs);
      if (anchor) report.anchored = anchor.seq;
    }
    return report;
  }

  private async fire(now: number, report: TickReport): Promise<void> {
    const { owner, leaseMs = 60_000, batch = 100 } = this.options;
    const claimed = await claimDueTimers(this.store, { now, owner, leaseMs, limit: batch });
    report.claimed = claimed.length;
    if (claimed.length === 0) return;
    const calendar = await currentCalendar(this.store);
    for (const timer of claimed) {
      if (this.stopped) {
        await this.store.releaseTimer(timer.id, owner);
        continue;
      }
      try {
        const outcome = await fireTimer(this.store, timer, { now, calendar });
        if (outcome === 'fired') report.fired++;
        else if (outcome === 'stale') report.stale++;
        else if (outcome === 'deferred') {
          report.deferred++;
          await this.store.releaseTimer(timer.id, owner);
        } else report.alreadyDone++;
      } catch (error) {
        report.failed++;
        this.options.onError?.(error, timer);
        await this.store.releaseTimer(timer.id, owner).catch(() => undefined);
      }
    }
  }
}
