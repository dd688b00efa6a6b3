/** A checker's worker for the tests, that never finishes a file named slow-… and fails on one named crash-…. */
import { parentPort, workerData } from 'node:worker_threads';

const { checkFile, serveWorker } = await import('../../../src/lib/check/per-file.ts');

serveWorker(parentPort!, (workerData as { root: string }).root, (job, root) => {
  if (job.file.includes('/slow-')) for (;;);
  if (job.file.includes('/crash-')) process.exit(3);
  return checkFile(job, root);
});
