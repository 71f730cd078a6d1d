/**
 * Checkpoints off the event loop. A commit appends pages to the WAL; a checkpoint copies them into the database
 * file and syncs it. SQLite's automatic checkpoint does that inside the COMMIT that crosses the threshold, on the
 * server's one thread: about a tenth of the CPU of a write-heavy load, and a pause of several milliseconds for the
 * requests of that turn. A worker thread with its own connection does it instead, in PASSIVE mode (it never waits
 * for the server's connection); the server's own automatic checkpoint stays as a backstop at a larger size.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const CHECKPOINT_INTERVAL_MS = 100;
/** The server connection's own automatic checkpoint, in WAL pages (40 MB): only if the worker falls behind. */
export const BACKSTOP_PAGES = 10_000;

/** The last checkpoint's counts: frames in the WAL, and how many of them are in the database file. */
export interface CheckpointResult {
  walFrames: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** Checkpoints once more and stops; undefined if the worker had died (`died` was told). */
  stop(): Promise<CheckpointResult | undefined>;
}

/** `died` is told when the worker stops before `stop()` (it failed, or could not start), with its error if any. */
export function startCheckpointer(
  file: string,
  died: (error: unknown) => void,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): Checkpointer {
  const worker = new Worker(new URL('./checkpoint-worker.js', import.meta.url), {
    workerData: { file, intervalMs },
    // It holds one connection and a timer: a small heap keeps the server's memory down.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
  });
  // The process must be able to exit while the worker waits for its next turn.
  worker.unref();
  let stopped: Promise<CheckpointResult | undefined> | undefined;
  // A worker that cannot run leaves the checkpoints to the server's connection: the server goes on.
  let exited = false;
  let failure: unknown;
  worker.on('error', (error) => (failure = error));
  worker.on('exit', (code) => {
    exited = true;
    if (!stopped) died(failure ?? new Error(`checkpoint worker exited (code ${code})`));
  });
  return {
    stop: () =>
      (stopped ??= (async () => {
        if (exited) return undefined;
        worker.postMessage('stop');
        // A worker that fails now (its 'error') answers nothing, as does one that exits.
        const answer: unknown = await Promise.race([once(worker, 'message'), once(worker, 'exit')]).then(
          ([first]: unknown[]) => first,
          () => undefined,
        );
        await worker.terminate();
        return typeof answer === 'object' ? (answer as CheckpointResult) : undefined;
      })()),
  };
}
