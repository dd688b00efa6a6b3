/** A worker thread of the checker: see checkFiles in per-file.ts. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// A worker does not share its thread's compile cache (scripts/check.ts), so it asks for its own before
// loading the checker's modules.
enableCompileCache();
const { useFriendlyErrors } = await import('../../schemas/error-map.ts');
const { serveWorker } = await import('./per-file.ts');

// Every entry point of the checker words zod's issues this way; a worker is an entry point too.
useFriendlyErrors();
serveWorker(parentPort!, (workerData as { root: string }).root);
