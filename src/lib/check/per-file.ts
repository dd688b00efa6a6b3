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
import { limits } from '../../schemas/limits.ts';
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

type Reply = { outcomes: FileOutcome[] } | { error: string };

/** A batch for a worker: the files, and where it says which of them it is on (1-based; 0 between batches). */
interface Batch {
  jobs: FileJob[];
  progress: Int32Array;
}

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

/** Whether a job's file is still the one its kept analysis was made from: reading it is all it takes. */
function stillCached(job: FileJob, root: string): boolean {
  if (job.cachedDigest === undefined) return false;
  const read = readContribution(path.join(root, job.file));
  return 'text' in read && digest(read.text) === job.cachedDigest;
}

const TOO_SLOW: ReadProblem = {
  rule: 'too-slow',
  message: `The checker took more than ${limits.analysisSeconds.value} seconds to read this file, and stopped`,
  fix: 'Simplify it: shorter text, fewer lists inside lists, no long runs of the same character. An ordinary entry takes a few thousandths of a second.',
};

const WORKER_FAILED: ReadProblem = {
  rule: 'checker-failed',
  message: 'The checker stopped while reading this file (it ran out of memory or failed)',
  fix: 'Please report this as an issue on the repository and attach the file; a maintainer will look at it.',
};

/** How often the workers' progress is looked at. */
const WATCH_MS = 100;

/**
 * The outcome of each job, in order. Files that still match their kept analysis are confirmed on
 * this thread, which only reads them. Every other file is analysed on a worker thread, so that no
 * file can hold up the run: a worker that spends longer than the time budget on one file, or that
 * fails, is stopped, the file gets a problem saying so, and a new worker goes on with the rest. One
 * worker does a small check; a large one has a worker for each core, or those `started` already.
 */
export async function checkFiles(
  jobs: FileJob[],
  root: string,
  {
    threads = availableParallelism(),
    started,
    budgetMs = limits.analysisSeconds.value * 1000,
    startWorker = () => startWorkers(root, 1)[0]!,
  }: { threads?: number; started?: Worker[]; budgetMs?: number; startWorker?: () => Worker } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const pending: number[] = [];
  jobs.forEach((job, index) => {
    if (stillCached(job, root)) outcomes[index] = { kind: 'cached' };
    else pending.push(index);
  });
  const wanted = pending.length === 0 ? 0 : pending.length < PARALLEL_FROM ? 1 : Math.max(1, threads);
  const spare = (started ?? []).slice(wanted);
  const pool = [...(started ?? []).slice(0, wanted)];
  while (pool.length < wanted) pool.push(startWorker());
  await Promise.all(spare.map((worker) => worker.terminate()));
  if (wanted === 0) return outcomes;

  // Batches shrink towards the end, so that no thread waits long for another's last one.
  const take = () => {
    const size = Math.max(MIN_BATCH, Math.min(BATCH, Math.ceil(pending.length / (pool.length * 4))));
    return pending.splice(0, size);
  };
  const live = new Set<Worker>();
  const every = new Set(pool);
  const run = (first: Worker) =>
    new Promise<void>((resolve, reject) => {
      let worker = first;
      let batch: number[] = [];
      const progress = new Int32Array(new SharedArrayBuffer(4));
      let seen = 0;
      let since = Date.now();
      let watch: ReturnType<typeof setInterval> | undefined;
      const stop = () => {
        clearInterval(watch);
        watch = undefined;
        live.delete(worker);
      };
      // The file the worker is on gets `problem`; the others of its batch, whose outcomes were to come
      // with the batch's reply, go back to be done again.
      const replace = (problem: ReadProblem) => {
        const at = Math.max(0, Atomics.load(progress, 0) - 1);
        outcomes[batch[at]!] = { kind: 'unreadable', problem };
        pending.unshift(...batch.filter((_, index) => index !== at));
        batch = [];
        stop();
        worker.removeAllListeners();
        void worker.terminate();
        worker = startWorker();
        every.add(worker);
        listen();
        send();
      };
      const send = () => {
        if (pending.length === 0) {
          stop();
          resolve();
          return;
        }
        batch = take();
        Atomics.store(progress, 0, 0);
        seen = 0;
        since = Date.now();
        live.add(worker);
        watch ??= setInterval(() => {
          const now = Atomics.load(progress, 0);
          if (now !== seen) {
            seen = now;
            since = Date.now();
          } else if (now > 0 && Date.now() - since > budgetMs) replace(TOO_SLOW);
        }, WATCH_MS);
        worker.postMessage({ jobs: batch.map((index) => jobs[index]!), progress } satisfies Batch);
      };
      const listen = () => {
        worker.on('message', (reply: Reply) => {
          if ('error' in reply) return reject(new Error(reply.error));
          reply.outcomes.forEach((outcome, index) => (outcomes[batch[index]!] = outcome));
          send();
        });
        worker.on('error', () => replace(WORKER_FAILED));
        worker.on('exit', () => {
          if (live.has(worker)) replace(WORKER_FAILED);
        });
      };
      listen();
      send();
    });
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(
      [...every].map((worker) => {
        worker.removeAllListeners();
        return worker.terminate();
      }),
    );
  }
  return outcomes;
}

/** The body of a worker thread: checks the batches of files it is sent, saying which file it is on. */
export function serveWorker(
  port: import('node:worker_threads').MessagePort,
  root: string,
  check: (job: FileJob, root: string) => FileOutcome = checkFile,
): void {
  port.on('message', ({ jobs, progress }: Batch) => {
    let reply: Reply;
    try {
      reply = {
        outcomes: jobs.map((job, index) => {
          Atomics.store(progress, 0, index + 1);
          return check(job, root);
        }),
      };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
