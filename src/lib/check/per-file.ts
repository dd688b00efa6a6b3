/**
 * Reads and analyses contribution files, on worker threads when there are many. Reading,
 * parsing frontmatter and parsing bodies are nearly all of a cold check, and each file is done
 * alone, so the work splits across the machine's cores. Small checks stay on the calling thread:
 * starting a worker costs more than a few files.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { analyseFile, type FileAnalysis } from './analyse.ts';
import { digest } from './cache.ts';
import { readContribution, type ReadProblem } from './read.ts';

export interface FileJob {
  collection: CollectionName;
  /** The path from the project folder, e.g. content/case-studies/x.mdx. */
  file: string;
  /** The digest of the file when its analysis was cached: a file that still matches is not analysed again. */
  cachedDigest?: string | undefined;
}

export type FileOutcome =
  | { kind: 'unreadable'; problem: ReadProblem }
  | { kind: 'cached' }
  /** `cacheable` is false when the analysis looked at other files (images), so it may not be kept. */
  | { kind: 'analysed'; digest: string; analysis: FileAnalysis; cacheable: boolean };

type Reply = { start: number; outcomes: FileOutcome[] } | { start: number; error: string };

/** Below this many files never analysed before, one thread finishes before workers would have started. */
export const PARALLEL_FROM = 400;
const BATCH = 64;

export function checkFile(job: FileJob, root: string): FileOutcome {
  const read = readContribution(path.join(root, job.file));
  if ('problem' in read) return { kind: 'unreadable', problem: read.problem };
  const fileDigest = digest(read.text);
  if (fileDigest === job.cachedDigest) return { kind: 'cached' };
  const spec = collectionSpec(job.collection);
  return {
    kind: 'analysed',
    digest: fileDigest,
    analysis: analyseFile(spec, job.file, read.text, root),
    cacheable: !/!\[|<img/i.test(read.text),
  };
}

/**
 * The outcome of each job, in order: on `threads` workers when enough files have no kept analysis
 * to pay for starting them. Files with one are mostly unchanged, and reading them is quick.
 */
export async function checkFiles(
  jobs: FileJob[],
  root: string,
  threads = availableParallelism(),
): Promise<FileOutcome[]> {
  const fresh = jobs.filter((job) => job.cachedDigest === undefined).length;
  if (threads < 2 || fresh < PARALLEL_FROM) return jobs.map((job) => checkFile(job, root));
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./per-file-worker.ts', import.meta.url), { workerData: { root } }),
  );
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) return resolve();
        const start = next;
        next = Math.min(next + BATCH, jobs.length);
        worker.postMessage({ start, jobs: jobs.slice(start, next) });
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) return reject(new Error(reply.error));
        reply.outcomes.forEach((outcome, index) => (outcomes[reply.start + index] = outcome));
        send();
      });
      worker.on('error', reject);
      send();
    });
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** The body of a worker thread: checks the batches of files it is sent. */
export function serveWorker(port: import('node:worker_threads').MessagePort, root: string): void {
  port.on('message', ({ start, jobs }: { start: number; jobs: FileJob[] }) => {
    let reply: Reply;
    try {
      reply = { start, outcomes: jobs.map((job) => checkFile(job, root)) };
    } catch (error) {
      reply = { start, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
