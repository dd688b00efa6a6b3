/**
 * Benchmark: copies the project to a temporary folder, adds N generated case studies, runs the
 * full production build, then changes one file and builds again. Prints seconds and peak memory
 * per phase, then each target the run can judge (src/lib/tooling/bench-targets.ts) and whether it was met.
 * A measurement, not a test: machines are noisy, so the exit code never depends on the figures.
 * It does depend on the builds and checks succeeding.
 *
 *   npm run bench -- --entries 2000 [--keep] [--check-only] [--build-only] [--file-limit 256]
 *
 * --file-limit N runs each check and build under `ulimit -n N`, a limit on the files a process may
 * hold open (256 by default on macOS); --build-only checks and builds once, as `npm run build` does
 * in a fresh clone, and measures nothing else. Together they are the test that the build keeps its
 * file operations bounded (`npm run test:file-limit`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchFigures, judgeTargets } from '../src/lib/tooling/bench-targets.ts';
import { CACHE_FILE } from '../src/lib/check/cache.ts';
import { parseYaml } from '../src/lib/analysis/files.ts';
import { peakKb, runMeasured } from '../src/lib/tooling/process-memory.ts';
import { regions as regionList } from '../src/schemas/regions.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    'file-limit': { type: 'string' },
  },
});
const count = Number(values.entries);
if (!Number.isInteger(count) || count < 0) {
  console.error('--entries must be a whole number, for example --entries 2000');
  process.exit(2);
}
const fileLimit = values['file-limit'] === undefined ? undefined : Number(values['file-limit']);
if (fileLimit !== undefined && !(Number.isInteger(fileLimit) && fileLimit > 0)) {
  console.error('--file-limit must be a whole number of open files, for example --file-limit 256');
  process.exit(2);
}
if (values['check-only'] && values['build-only']) {
  console.error('--check-only and --build-only cannot be used together');
  process.exit(2);
}

/** A command as the benchmark runs it: under the limit on open files, if one is set, by the shell's ulimit. */
const limited = (command: string, args: string[]): [string, string[]] =>
  fileLimit === undefined
    ? [command, args]
    : ['sh', ['-c', `ulimit -n ${fileLimit} && exec "$0" "$@"`, command, ...args]];

const project = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'commons-bench-'));
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'];

for (const name of COPIED) cpSync(path.join(project, name), path.join(work, name), { recursive: true });
// Packages are linked one by one so the copy keeps its own caches (node_modules/.astro, node_modules/.cache):
// a cold run must not find the checker's analyses or Astro's pages from an earlier one.
mkdirSync(path.join(work, 'node_modules'));
for (const name of readdirSync(path.join(project, 'node_modules'))) {
  if (name !== '.astro' && name !== '.cache')
    symlinkSync(path.join(project, 'node_modules', name), path.join(work, 'node_modules', name));
}

const ids = (folder: string, extension: string) =>
  readdirSync(path.join(project, 'content', folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length));
const trusts = ids('trusts', '.yaml');
const evidence = ids('evidence', '.mdx');
const themes = (
  parseYaml(readFileSync(path.join(project, 'content/themes.yaml'), 'utf8')).data as { id: string }[]
).map((t) => t.id);
if (trusts.length === 0 || themes.length === 0) {
  console.error('The benchmark needs at least one trust and one theme in content/.');
  process.exit(2);
}

const regions = regionList.map((region) => region.id);
const phases = ['primary', 'secondary', 'special', 'all-through'];
const pick = <T>(list: T[], i: number) => list[i % list.length]!;

function caseStudy(i: number): string {
  const baseline = 40 + (i % 30);
  return `---
title: Generated case study number ${i} for the benchmark
summary: >-
  A generated case study used only to measure build speed and memory. It has the length and shape of a real one,
  with an impact measure and a table.
trust: ${pick(trusts, i)}
phase: [${pick(phases, i)}]
region: ${pick(regions, i)}
themes: [${pick(themes, i)}, ${pick(themes, i + 3)}]
need: Attainment in the chosen area was below similar schools for three years running, generated entry ${i}.
identifiedBy: [data-analysis]
evidence: [${evidence.length ? pick(evidence, i) : ''}]
impact:
  - measure: Pupils meeting the expected standard
    unit: percent
    baseline: ${baseline}
    result: ${baseline + 12}
    cohort: ${30 + (i % 200)}
    from: 2022-09-01
    to: 2023-07-21
    source: Generated for the benchmark
duration: ${6 + (i % 18)}
offersSupport: ${i % 4 === 0}
published: 2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}
review: self-reported
---

## Context

${'The school serves a community with a high proportion of disadvantaged pupils. Leaders looked at three years of data and saw the same gap each year. '.repeat(4)}

## What we did

${'Staff trained together each half term, with coaching in between. Leaders checked the approach was used as intended and adjusted it where it was not. '.repeat(4)}

| Term   | Focus              | Who           |
| ------ | ------------------ | ------------- |
| Autumn | Training and plans | All teachers  |
| Spring | Coaching           | Subject leads |
| Summer | Review             | Senior team   |

## Impact

${'Results rose over the year, and the gap with other pupils narrowed. Attendance at the sessions stayed high. '.repeat(3)}

- More pupils met the standard.
- Staff confidence rose.

## What we would do differently

${'We would start the training earlier and involve parents from the beginning, so that practice at home matched practice at school. '.repeat(3)}
`;
}

const generated = path.join(work, 'content/case-studies');
for (let i = 1; i <= count; i++) writeFileSync(path.join(generated, `bench-generated-${i}.mdx`), caseStudy(i));

interface Report {
  marks: Record<string, number>;
  timeOrigin: number;
  maxRssKb: number;
}

const figures: BenchFigures = { entries: count, filesChecked: 0 };
const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/**
 * The contribution checker over every file, as `npm run check` runs it, three times: a single run
 * moved by a third from one minute to the next. A cold run starts without the kept analyses.
 */
async function check(label: string, cold: boolean, runs = 3): Promise<number> {
  const times: number[] = [];
  let report = { filesChecked: 0, errors: 0 };
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    if (cold) rmSync(path.join(work, CACHE_FILE), { force: true });
    const started = performance.now();
    const result = await runMeasured(
      ...limited(process.execPath, [path.join(work, 'scripts/check.ts'), '--format', 'json']),
      { cwd: work },
    );
    times.push((performance.now() - started) / 1000);
    // 1 is problems in the files, which the report counts; anything else is the checker failing.
    if (result.status !== 0 && result.status !== 1) {
      console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
      throw new Error(`The ${label} check failed`);
    }
    report = JSON.parse(result.stdout) as typeof report;
    peak = Math.max(peak, peakKb(result.samples));
  }
  times.sort((a, b) => a - b);
  console.log(`\n${label} check`);
  console.log(`  files checked            ${report.filesChecked} (${report.errors} errors)`);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `  total (wall clock)       ${median.toFixed(2)} s${runs > 1 ? ` median (${times.map((time) => time.toFixed(2)).join(', ')})` : ''}`,
  );
  console.log(`  peak memory              ${megabytes(peak)}`);
  figures.filesChecked = report.filesChecked;
  return median;
}

/** Builds and prints each phase; returns the wall-clock seconds and the peak memory in MB. */
async function build(label: string): Promise<{ wall: number; peakMemoryMb: number }> {
  const reportFile = path.join(work, `report-${label}.json`);
  const started = performance.now();
  const result = await runMeasured(...limited(path.join(work, 'node_modules/.bin/astro'), ['build']), {
    cwd: work,
    env: { ...process.env, COMMONS_BUILD_REPORT: reportFile, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`The ${label} build failed`);
  }
  const { marks, timeOrigin, maxRssKb } = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  const seconds = (from: number | undefined, to: number | undefined) =>
    (((to ?? 0) - (from ?? 0)) / 1000).toFixed(2).padStart(6);
  // Every process of the build, Pagefind's included, within each phase; the last phase runs to the end.
  const memory = (from: number | undefined, to: number | undefined) =>
    megabytes(peakKb(result.samples, timeOrigin + (from ?? 0), to === undefined ? Infinity : timeOrigin + to));
  const peak = Math.max(peakKb(result.samples), maxRssKb);
  const [, parts, indexed, pagefindMs] =
    /in (\d+) parts?: indexed (\d+), kept \d+ unchanged, in (\d+) ms/.exec(result.stdout) ?? [];
  const pages = /(\d+) page\(s\) built/.exec(result.stdout)?.[1];
  const du = spawnSync('du', ['-sb', path.join(work, 'dist')], { encoding: 'utf8' }).stdout.split('\t')[0];
  console.log(`\n${label} build (${pages} pages)`);
  console.log(`  phase                      time      peak memory, every process`);
  console.log(`  start-up and config      ${seconds(0, marks['configDone'])} s    ${memory(0, marks['configDone'])}`);
  console.log(
    `  content sync             ${seconds(marks['configDone'], marks['contentSynced'])} s    ${memory(marks['configDone'], marks['contentSynced'])}`,
  );
  console.log(
    `  bundle and page render   ${seconds(marks['contentSynced'], marks['pagesRendered'])} s    ${memory(marks['contentSynced'], marks['pagesRendered'])}`,
  );
  console.log(
    `  checks and indexing      ${seconds(marks['pagesRendered'], marks['done'])} s    ${memory(marks['pagesRendered'], undefined)} (Pagefind ${pagefindMs ?? '?'} ms, ${indexed ?? '?'} of ${parts ?? '?'} parts written)`,
  );
  console.log(`  total (wall clock)       ${wall.toFixed(2)} s`);
  const { user, system } = result.processor;
  console.log(`  processor time           ${user.toFixed(2)} s user, ${system.toFixed(2)} s system`);
  console.log(`  peak memory              ${megabytes(peak)} (every process of the build, sampled every 0.1 s)`);
  console.log(`  output size              ${(Number(du) / 1024 / 1024).toFixed(1)} MB`);
  return { wall, peakMemoryMb: peak / 1024 };
}

/**
 * Serves the built site and searches it in Chromium, five times, each in a newly loaded page:
 * the bytes the browser downloads for the first query (Pagefind's files and fragments), and the
 * time from the last keystroke to the frame that first shows a result. Both ends are timed in
 * the page, so the time does not include the test browser's own round trips.
 */
function measureSearch(): void {
  const script = `
    import { chromium } from 'playwright-core';
    const base = process.argv.at(-1);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const times = [];
    let bytes = 0;
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(base + '/search/');
      await page.waitForSelector('#search-status:not(:empty)');
      if (run === 0) {
        page.on('response', async (response) => {
          if (response.url().includes('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
        });
      }
      await page.evaluate(() => {
        const times = (window.benchTimes = {});
        // Each keystroke starts the wait again: results of "rea", shown before the last letter was
        // typed, are not the result of the last keystroke.
        document.addEventListener('input', () => {
          times.typed = performance.now();
          times.shown = undefined;
        }, true);
        const list = document.getElementById('search-list');
        new MutationObserver(() => {
          if (times.shown === undefined && list.querySelector('li')) {
            const typed = times.typed;
            times.shown = 0;
            requestAnimationFrame(() => {
              if (times.typed === typed) times.shown = performance.now();
            });
          }
        }).observe(list, { childList: true });
      });
      await page.focus('#search-page-input');
      await page.keyboard.type('reading', { delay: 20 });
      await page.waitForFunction(() => window.benchTimes.shown > 0);
      const { typed, shown } = await page.evaluate(() => window.benchTimes);
      times.push(shown - typed);
      await page.waitForTimeout(500);
      await page.close();
    }
    console.log(JSON.stringify({ bytes, times }));
    await browser.close();
  `;
  const port = '4399';
  const server = spawn(path.join(work, 'node_modules/.bin/astro'), ['preview', '--port', port], {
    cwd: work,
    stdio: 'ignore',
  });
  try {
    spawnSync('sleep', ['3']);
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, `http://localhost:${port}`], {
      cwd: work,
      encoding: 'utf8',
    });
    const last = result.stdout.trim().split('\n').at(-1);
    if (result.status !== 0 || !last) {
      console.log(`\nThe search could not be measured: ${result.stderr.trim().split('\n').slice(0, 5).join(' ')}`);
      return;
    }
    const measured = JSON.parse(last) as { bytes: number; times: number[] };
    const times = [...measured.times].sort((a, b) => a - b);
    console.log('\nsearching in Chromium for "reading", five times');
    console.log(
      `  downloaded for the query  ${(measured.bytes / 1024).toFixed(0)} KB (Pagefind index chunks, fragments and runtime)`,
    );
    console.log(
      `  last keystroke to result  ${times[2]!.toFixed(0)} ms median (${times.map((time) => time.toFixed(0)).join(', ')})`,
    );
    figures.searchKb = measured.bytes / 1024;
    figures.searchMs = times[2]!;
  } finally {
    server.kill();
  }
}

console.log(
  `Benchmark: ${count} generated case studies added to ${readdirSync(generated).length - count} real ones, in ${work}`,
);
if (fileLimit !== undefined) {
  console.log(`Each check and build runs under a limit of ${fileLimit} open files (ulimit -n ${fileLimit}).`);
}
try {
  if (values['build-only']) {
    await check('cold', true, 1);
    await build('cold');
  } else {
    figures.coldCheck = await check('cold', true);
    await check('warm (cached)', false);
    if (!values['check-only']) await buildTwice();
    printTargets();
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

async function buildTwice(): Promise<void> {
  const cold = await build('cold');
  figures.coldBuild = cold.wall;
  figures.peakMemoryMb = cold.peakMemoryMb;
  measureSearch();
  const changed = path.join(generated, count > 0 ? 'bench-generated-1.mdx' : readdirSync(generated)[0]!);
  writeFileSync(changed, readFileSync(changed, 'utf8').replace('## Impact', '## Impact\n\nOne changed line.'));
  figures.rebuild = (await build('rebuild after one changed file')).wall;
}

/** Each target this run can judge; one run on a noisy machine, so a verdict to repeat before trusting. */
function printTargets(): void {
  const verdicts = judgeTargets(figures);
  if (verdicts.length === 0) return;
  console.log('\nagainst the targets (this run alone; machines are noisy)');
  const width = Math.max(...verdicts.map(({ target }) => target.length));
  for (const { target, measured, met } of verdicts) {
    console.log(`  ${target.padEnd(width)}  ${measured.padEnd(14)} ${met ? 'met' : 'NOT MET'}`);
  }
}
