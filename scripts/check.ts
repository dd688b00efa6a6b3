/**
 * npm run check: checks every contribution in content/ and exits 1 on any error.
 *
 *   npm run check [-- --format human|github|json] [--changed] [--strict]
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Format } from '../src/lib/check/format.ts';
import { changedFiles, filesOnMain } from '../src/lib/tooling/git-changes.ts';
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
  const previousFiles = filesOnMain(root);
  if (values.changed && !previousFiles) console.error('origin/main is not available, so every file is checked.');
  const only = values.changed && previousFiles ? changedFiles(root) : undefined;
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
