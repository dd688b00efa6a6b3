/**
 * Reads and analyses contribution files, on worker threads when there are many. Reading,
 * parsing frontmatter and parsing bodies are nearly all of a cold check, and each file is done
 * alone, so the work splits across the machine's cores. Small checks stay on the calling thread:
 * starting a worker costs more than a few files.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { analyseFile, type FileAnalysis } from '../analysis/analyse.ts';
import { digest } from '../analysis/digest.ts';
import { readContribution, type ReadProblem } from '../analysis/read.ts';
import { PARALLEL_FROM, startWorkers } from './workers.ts';

export interface FileJob {
  collection: CollectionName;
  /** The path from the project folder, e.g. content/case-studies/x.mdx. */
  file: string;
  /** The digest of the file when its analysis was cached: a file that still matches is not analysed again. */
  cachedDigest?: string | undefined;
}

export type FileOutcome =
  /** One problem for the whole file: it could not be read as text, or the checker failed on it. */
  | { kind: 'unreadable'; problem: ReadProblem }
  | { kind: 'cached' }
  /** `cacheable` is false when the analysis looked at other files (images), so it may not be kept. */
  | { kind: 'analysed'; digest: string; analysis: FileAnalysis; cacheable: boolean };

type Reply = { start: number; outcomes: FileOutcome[] } | { start: number; error: string };

const BATCH = 64;
const MIN_BATCH = 4;

/**
 * The outcome for one file. A failure of the checker's own code on a file becomes that file's
 * problem, so the contributor still learns which file it was, and every other file is still checked.
 */
export function checkFile(job: FileJob, root: string): FileOutcome {
  try {
    return analyseOne(job, root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unreadable',
      problem: {
        rule: 'checker-failed',
        message: `The checker could not finish with this file (${reason.split('\n')[0]})`,
        fix: 'Please report this as an issue on the repository and attach the file; a maintainer will look at it.',
      },
    };
  }
}

function analyseOne(job: FileJob, root: string): FileOutcome {
  const read = readContribution(path.join(root, job.file));
  if ('problem' in read) return { kind: 'unreadable', problem: read.problem };
  const fileDigest = digest(read.text);
  if (fileDigest === job.cachedDigest) return { kind: 'cached' };
  const spec = collectionSpec(job.collection);
  return {
    kind: 'analysed',
    digest: fileDigest,
    analysis: analyseFile(spec, job.file, read.text, root),
    // Only a Markdown image (![alt](address), or ![alt][name]) looks a file up; a JSX <img> is refused.
    cacheable: !read.text.includes('!['),
  };
}

/**
 * The outcome of each job, in order, shared between this thread and `threads - 1` workers (or
 * those `started` already) when enough files have no kept analysis to pay for them. Files with
 * one are mostly unchanged, and reading them is quick. This thread works too: its modules are
 * loaded already, while a worker spends about 0.4 s loading its own.
 */
export async function checkFiles(
  jobs: FileJob[],
  root: string,
  { threads = availableParallelism(), started }: { threads?: number; started?: Worker[] } = {},
): Promise<FileOutcome[]> {
  const fresh = jobs.filter((job) => job.cachedDigest === undefined).length;
  if (threads < 2 || fresh < PARALLEL_FROM) {
    await Promise.all((started ?? []).map((worker) => worker.terminate()));
    return jobs.map((job) => checkFile(job, root));
  }
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const workers = started ?? startWorkers(root, threads - 1);
  // Batches shrink towards the end, so that no thread waits long for another's last one.
  const take = () => {
    const start = next;
    const size = Math.max(MIN_BATCH, Math.min(BATCH, Math.ceil((jobs.length - start) / ((workers.length + 1) * 4))));
    next = Math.min(next + size, jobs.length);
    return { start, jobs: jobs.slice(start, next) };
  };
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let waiting = 0;
      const send = () => {
        if (next >= jobs.length) {
          if (waiting === 0) resolve();
          return;
        }
        waiting++;
        worker.postMessage(take());
      };
      worker.on('message', (reply: Reply) => {
        waiting--;
        if ('error' in reply) return reject(new Error(reply.error));
        reply.outcomes.forEach((outcome, index) => (outcomes[reply.start + index] = outcome));
        send();
      });
      worker.on('error', reject);
      // Two batches ahead, so a worker never waits while this thread finishes a batch of its own.
      send();
      send();
    });
  const runHere = async () => {
    while (next < jobs.length) {
      const batch = take();
      batch.jobs.forEach((job, index) => (outcomes[batch.start + index] = checkFile(job, root)));
      // Lets the workers' replies in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([runHere(), ...workers.map(runWorker)]);
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
      reply = { start, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
