import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../src/schemas/common.ts';
import { digest } from '../../../src/lib/analysis/digest.ts';
import { checkFile, checkFiles, type FileJob } from '../../../src/lib/check/per-file.ts';
import { PARALLEL_FROM, startWorkers } from '../../../src/lib/check/workers.ts';

const valid = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/valid/case-study.mdx'), 'utf8');
const root = mkdtempSync(path.join(tmpdir(), 'commons-per-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'content/case-studies'), { recursive: true });

// Valid files, files broken in the frontmatter or the body, and one that is not text, so every kind
// of outcome crosses the thread boundary.
const texts = Array.from({ length: PARALLEL_FROM + 37 }, (_, i) =>
  i % 3 === 0
    ? valid.replace(/^region: .*$/m, 'region: Yorkshire')
    : i % 5 === 0
      ? `${valid}\n<script>alert(${i})</script>\n`
      : valid,
);
const jobs: FileJob[] = texts.map((text, i) => {
  const file = `content/case-studies/study-${i}.mdx`;
  writeFileSync(path.join(root, file), i === 7 ? Buffer.from([0, 1, 2]) : text);
  return { collection: 'caseStudies', file, cachedDigest: i === 11 ? digest(text) : undefined };
});

describe('checking files one by one', () => {
  it('gives the same outcomes on worker threads as on one thread, in order', async () => {
    const inline = jobs.map((job) => checkFile(job, root));
    expect(await checkFiles(jobs, root, { threads: 2 })).toEqual(inline);
    expect(await checkFiles(jobs, root, { threads: 3 })).toEqual(inline);
    expect(await checkFiles(jobs, root, { started: startWorkers(root, 1) })).toEqual(inline);
    expect(inline[7]).toMatchObject({ kind: 'unreadable', problem: { rule: 'binary' } });
    expect(inline[11]).toEqual({ kind: 'cached' });
    const regionProblems = inline.filter(
      (outcome) => outcome.kind === 'analysed' && outcome.analysis.problems.some((p) => p.field === 'region'),
    );
    expect(regionProblems).toHaveLength(Math.ceil(texts.length / 3));
    // Four sets of workers each load the checker's modules, which can take seconds on a busy machine.
  }, 60_000);

  it('analyses a file again when it no longer matches its cached digest', () => {
    expect(checkFile({ ...jobs[11]!, cachedDigest: digest('an older text') }, root)).toMatchObject({
      kind: 'analysed',
      cacheable: true,
    });
  });

  it('turns a failure of its own on one file into that file\u2019s problem, with no stack trace', () => {
    const outcome = checkFile({ ...jobs[0]!, collection: 'no-such-collection' as CollectionName }, root);
    expect(outcome).toEqual({
      kind: 'unreadable',
      problem: {
        rule: 'checker-failed',
        message: 'The checker could not finish with this file (Unknown collection no-such-collection)',
        fix: expect.stringMatching(/report this as an issue/),
      },
    });
  });

  it('stops a file that takes longer than its time budget, names it, and checks the others', async () => {
    const few = ['slow-1', 'fine-1', 'crash-1', 'fine-2', 'slow-2', 'fine-3'].map((name) => {
      const file = `content/case-studies/${name}.mdx`;
      writeFileSync(path.join(root, file), valid);
      return { collection: 'caseStudies', file } as const;
    });
    const startWorker = () => new Worker(new URL('./slow-worker.ts', import.meta.url), { workerData: { root } });
    const started = Date.now();
    const outcomes = await checkFiles(few, root, { budgetMs: 300, startWorker });
    expect(outcomes.map((outcome) => (outcome.kind === 'unreadable' ? outcome.problem.rule : outcome.kind))).toEqual([
      'too-slow',
      'analysed',
      'checker-failed',
      'analysed',
      'too-slow',
      'analysed',
    ]);
    expect(outcomes[0]).toMatchObject({
      problem: { message: expect.stringMatching(/more than 10 seconds to read this file/), fix: /^Simplify it/ },
    });
    // Two budgets and the workers started again, well short of a hang.
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
