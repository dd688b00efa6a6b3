import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { budgetProblems } from '../lib/built/budgets.ts';
import { brokenLinks, linksWithoutNoopener } from '../lib/built/links.ts';
import { keptPageFacts, readBuiltSite } from '../lib/built/pages.ts';
import { ReportedError } from '../lib/analysis/reported-error.ts';

/**
 * Fails the build on a broken internal link or fragment, a link to another site without
 * rel="noopener", or a page over its weight budget.
 */
export function siteChecks(site: string): AstroIntegration {
  let root = '';
  return {
    name: 'commons-site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // A rebuild reads again only the pages it wrote; the facts of the others are kept.
        const kept = keptPageFacts(root);
        const pages = await readBuiltSite(dist, kept);
        kept.save();
        const problems = [
          ...brokenLinks(pages, dist, site),
          ...linksWithoutNoopener(pages),
          ...budgetProblems(pages, dist),
        ];
        if (problems.length > 0) {
          const shown = problems.slice(0, 30).join('\n  ');
          const more = problems.length > 30 ? `\n  …and ${problems.length - 30} more` : '';
          throw new ReportedError(`The built site has ${problems.length} problems:\n  ${shown}${more}`);
        }
        const unchanged = pages.length - kept.read;
        const since = unchanged > 0 ? ` (${unchanged} unchanged since the last build)` : '';
        logger.info(
          `${pages.length} pages${since}: every internal link resolves, every external link opens with noopener, every page within its budget`,
        );
      },
    },
  };
}
