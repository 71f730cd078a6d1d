/**
 * Group commit for SQLite: the write transactions that arrive while the event loop is busy run together in one
 * `BEGIN IMMEDIATE … COMMIT`, each inside its own savepoint. A commit writes every page it dirtied to the WAL
 * (a submission dirties about thirty: table leaves, index leaves, the audit tail), and pages shared by the
 * transactions of a group are written once, so the commit cost is shared. Each transaction still stands alone:
 * one that throws is rolled back to its savepoint and rejected, the others go on; none is answered before the
 * COMMIT that makes it durable, and the order of the queue is the order of the writes.
 *
 * Reads outside the writes are grouped the same way: those of one turn share one read transaction (in WAL mode each
 * read transaction takes and releases a lock on the WAL index, two system calls). Their snapshot is the database
 * as of the turn's first read; the read transaction ends before the turn's writes begin, so a request always reads
 * what earlier turns committed.
 */
import type Database from 'better-sqlite3';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Transactions in one group at most: a long queue is committed in several groups, so none waits too long. */
const GROUP_LIMIT = 64;

export class GroupCommit {
  private queue: Job[] = [];
  private scheduled = false;
  private reading = false;
  private readonly begin: Database.Statement;
  private readonly beginRead: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly savepoint: Database.Statement;
  private readonly release: Database.Statement;
  private readonly undo: Database.Statement;

  constructor(
    private readonly client: Database.Database,
    private readonly limit = GROUP_LIMIT,
  ) {
    // IMMEDIATE takes the write lock at BEGIN: two connections never both read and then fail to upgrade.
    this.begin = client.prepare('BEGIN IMMEDIATE');
    this.beginRead = client.prepare('BEGIN');
    this.commit = client.prepare('COMMIT');
    this.rollback = client.prepare('ROLLBACK');
    this.savepoint = client.prepare('SAVEPOINT one_write');
    this.release = client.prepare('RELEASE one_write');
    this.undo = client.prepare('ROLLBACK TO one_write');
  }

  /** Runs `work` (synchronous statements only) in the next group; resolves once that group is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Runs `work` (synchronous reads only) now, in the read transaction of this turn. */
  read<T>(work: () => T): T {
    if (!this.reading) {
      this.beginRead.run();
      this.reading = true;
      setImmediate(() => this.endRead());
    }
    return work();
  }

  /** Commits everything queued now (before the connection closes). */
  drain(): void {
    this.endRead();
    while (this.queue.length > 0) this.flush();
  }

  private endRead(): void {
    if (!this.reading) return;
    this.reading = false;
    this.commit.run();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the poll phase: the requests read in this turn of the event loop have all queued their writes.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
      if (this.queue.length > 0) this.schedule();
    });
  }

  private flush(): void {
    const jobs = this.queue.splice(0, this.limit);
    if (jobs.length === 0) return;
    this.endRead();
    try {
      this.begin.run();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    const done: [Job, unknown][] = [];
    for (const job of jobs) {
      this.savepoint.run();
      try {
        const value = job.work();
        this.release.run();
        done.push([job, value]);
      } catch (error) {
        this.undo.run();
        this.release.run();
        job.reject(error);
      }
    }
    try {
      this.commit.run();
    } catch (error) {
      if (this.client.inTransaction) this.rollback.run();
      for (const [job] of done) job.reject(error);
      return;
    }
    for (const [job, value] of done) job.resolve(value);
  }
}
