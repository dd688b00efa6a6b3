/** A worker thread of the checker: see checkFiles in per-file.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { useFriendlyErrors } from '../../schemas/error-map.ts';
import { serveWorker } from './per-file.ts';

// Every entry point of the checker words zod's issues this way; a worker is an entry point too.
useFriendlyErrors();
serveWorker(parentPort!, (workerData as { root: string }).root);
