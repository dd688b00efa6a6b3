/**
 * The worker threads of a cold check. A worker spends about 0.4 s loading its modules, so the
 * command starts them before it loads the checker itself, and both load side by side. This module
 * loads nothing but Node's own, to keep that early start early.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Below this many files never analysed before, one thread finishes before workers would have started. */
export const PARALLEL_FROM = 400;

/** Far more than a worker needs for 10,000 files (about 200 MB), far less than a machine has. */
const WORKER_MEMORY_MB = 1536;

/**
 * A worker for every core: the calling thread only hands out files and watches the time each takes
 * (per-file.ts). Each has a memory limit of its own, so a file that would exhaust memory stops its
 * worker, not the run.
 */
export const startWorkers = (root: string, count = availableParallelism()): Worker[] =>
  Array.from(
    { length: Math.max(0, count) },
    () =>
      new Worker(new URL('./per-file-worker.ts', import.meta.url), {
        workerData: { root },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
      }),
  );

/** Whether content/ holds enough files for workers to pay, counted without reading any. */
export function worthWorkers(root: string): boolean {
  let files = 0;
  try {
    for (const folder of readdirSync(path.join(root, 'content'), { withFileTypes: true })) {
      if (folder.isDirectory()) files += readdirSync(path.join(root, 'content', folder.name)).length;
    }
  } catch {
    return false;
  }
  return files >= PARALLEL_FROM;
}
