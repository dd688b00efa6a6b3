import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Records when each phase of a build ends and the process's own peak memory, for the benchmark.
 * Writes a JSON report only when COMMONS_BUILD_REPORT names a file; otherwise it does nothing.
 * It must be the last integration so that its build:done runs after indexing.
 */
export function buildReport(): AstroIntegration {
  const file = process.env['COMMONS_BUILD_REPORT'];
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.now();
  };
  return {
    name: 'commons-build-report',
    hooks: file
      ? {
          'astro:config:done': () => mark('configDone'),
          'astro:build:start': () => mark('contentSynced'),
          'astro:build:generated': () => mark('pagesRendered'),
          'astro:build:done': () => {
            mark('done');
            writeFileSync(
              file,
              // The time origin places the marks on the clock the benchmark samples memory by.
              JSON.stringify({ marks, timeOrigin: performance.timeOrigin, maxRssKb: process.resourceUsage().maxRSS }),
            );
          },
        }
      : {},
  };
}
