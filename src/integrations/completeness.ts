import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { expectedPages, findPageProblems, strayFileProblems } from '../lib/content/completeness.ts';
import { ReportedError } from '../lib/analysis/reported-error.ts';

/** Fails the build when a content file did not become exactly one page. */
export function completeness(): AstroIntegration {
  let root = '';
  return {
    name: 'commons-completeness',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ pages, logger }) => {
        const problems = [
          ...findPageProblems(
            expectedPages(root),
            pages.map((page) => page.pathname),
          ),
          ...strayFileProblems(root),
        ];
        if (problems.length > 0) {
          throw new ReportedError(`Some content did not become exactly one page:\n  ${problems.join('\n  ')}`);
        }
        logger.info('every content file became exactly one page');
      },
    },
  };
}
