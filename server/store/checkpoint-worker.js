// The WAL checkpointer (plain JavaScript: a worker thread does not get the TypeScript loader of the main thread).
// It copies committed pages from the WAL into the database file on its own connection, every `intervalMs`,
// in PASSIVE mode: it never waits for and never blocks the server's writes and reads.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, intervalMs } = workerData;
const db = new Database(file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
// A checkpoint copies frames through the page cache without keeping them: a small cache is enough.
db.pragma('cache_size = -1024');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

const timer = setInterval(() => {
  try {
    checkpoint.run();
  } catch {
    // Busy (another checkpoint is running): the next turn tries again.
  }
}, intervalMs);

// On stop (the server's writes are drained): a last checkpoint, whose counts in WAL frames are the answer.
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  let last;
  try {
    last = checkpoint.get();
  } finally {
    db.close();
  }
  parentPort.postMessage({ walFrames: last.log, checkpointed: last.checkpointed });
});
