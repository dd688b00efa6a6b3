/**
 * npm run check: checks every contribution in content/ and exits 1 on any error.
 *
 *   npm run check [-- --format human|github|json] [--changed] [--strict]
 */
import { execFileSync } from 'node:child_process';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Format } from '../src/lib/check/format.ts';
import { startWorkers, worthWorkers } from '../src/lib/check/workers.ts';

// COMMONS_ROOT lets tests point the script at a throw-away copy of the content.
const root = process.env['COMMONS_ROOT'] ?? path.resolve(import.meta.dirname, '..');

// Node keeps the compiled code of the modules loaded below (and by workers), so that a later run
// loads them in about two-thirds of the time, as Astro's own command does.
enableCompileCache();
// Started before the checker's modules are loaded (below), so that they load theirs meanwhile.
const workers = worthWorkers(root) ? startWorkers(root) : undefined;
const { checkContent } = await import('../src/lib/check/check.ts');
const { formatGithub, formatHuman, formatJson } = await import('../src/lib/check/format.ts');
const { useFriendlyErrors } = await import('../src/schemas/error-map.ts');

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** The content files on origin/main, or undefined where that branch is not available (a fresh repository). */
function filesOnMain(): string[] | undefined {
  try {
    git('rev-parse', '--verify', '--quiet', 'origin/main');
    return git('ls-tree', '-r', '--name-only', 'origin/main', '--', 'content').split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}

function changedFiles(): Set<string> | undefined {
  const names = [
    git('diff', '--name-only', '--diff-filter=ACMR', 'origin/main...HEAD', '--', 'content'),
    git('diff', '--name-only', '--diff-filter=ACMR', 'HEAD', '--', 'content'),
    git('ls-files', '--others', '--exclude-standard', '--', 'content'),
  ].join('\n');
  return new Set(names.split('\n').filter(Boolean));
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', default: 'human' },
        changed: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message}\nUsage: npm run check [-- --format human|github|json] [--changed] [--strict]`,
    );
    return 2;
  }
  const format = values.format as Format;
  if (!['human', 'github', 'json'].includes(format)) {
    console.error(`Unknown format "${format}". Use human, github or json.`);
    return 2;
  }
  useFriendlyErrors();
  const previousFiles = filesOnMain();
  if (values.changed && !previousFiles) console.error('origin/main is not available, so every file is checked.');
  const only = values.changed && previousFiles ? changedFiles() : undefined;
  const { problems, filesChecked } = await checkContent({
    root,
    cache: true,
    ...(workers ? { workers } : {}),
    ...(only ? { only } : {}),
    ...(previousFiles ? { previousFiles } : {}),
  });
  if (format === 'json') console.log(formatJson(problems, filesChecked));
  else if (format === 'github') {
    const annotations = formatGithub(problems);
    if (annotations) console.log(annotations);
    console.log(formatHuman(problems, filesChecked, false));
  } else console.log(formatHuman(problems, filesChecked, Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']));
  const failing = problems.some((problem) => problem.severity === 'error' || values.strict);
  return failing ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // The checker reports problems with files as problems; reaching here is a bug in the checker.
  console.error(`The checker itself failed: ${(error as Error).message}. Please report this as an issue.`);
  process.exitCode = 2;
} finally {
  await Promise.all((workers ?? []).map((worker) => worker.terminate()));
}
