/**
 * Page weight budgets, checked after every build. Content pages are HTML and CSS only; the search
 * page is the one that may run its own script, and that script stays small.
 */
import { entryFile, entryOfPage } from '../../schemas/index.ts';
import { servedFile, type BuiltPage } from './pages.ts';

export const CONTENT_PAGE_BUDGET = 40 * 1024;
export const SEARCH_SCRIPT_BUDGET = 30 * 1024;
export const SEARCH_PAGE = '/search/';

export interface PageWeight {
  url: string;
  htmlAndCss: number;
  script: number;
}

export function weigh(page: BuiltPage, dist: string): PageWeight {
  const size = (url: string) => servedFile(dist, url)?.bytes ?? 0;
  return {
    url: page.url,
    htmlAndCss: page.bytes + page.stylesheets.reduce((total, sheet) => total + size(sheet), 0),
    script: page.scripts.reduce((total, script) => total + (script.src ? size(script.src) : 1), 0),
  };
}

/** The content file an entry's page is built from, so that a contributor knows what to shorten. */
function sourceFile(url: string): string | undefined {
  const entry = entryOfPage(url);
  return entry?.spec.extension ? entryFile(entry.spec, entry.id) : undefined;
}

export function budgetProblems(pages: BuiltPage[], dist: string): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  for (const page of pages) {
    if (page.isRedirect) continue;
    const weight = weigh(page, dist);
    if (page.url === SEARCH_PAGE) {
      if (weight.script > SEARCH_SCRIPT_BUDGET) {
        problems.push(
          `${page.url} has ${kb(weight.script)} of its own JavaScript; the budget is ${kb(SEARCH_SCRIPT_BUDGET)}`,
        );
      }
      continue;
    }
    if (weight.script > 0) problems.push(`${page.url} has JavaScript; content pages must have none`);
    if (weight.htmlAndCss > CONTENT_PAGE_BUDGET) {
      const css = weight.htmlAndCss - page.bytes;
      const file = sourceFile(page.url);
      // When the stylesheets are most of the weight, the site's own CSS is what grew, not the entry.
      const cause =
        css * 2 > weight.htmlAndCss
          ? `: ${kb(css)} of it is the stylesheets every page shares, in src/styles/`
          : file
            ? `. Shorten ${file}: its text or its longest list`
            : '';
      problems.push(
        `${page.url} is ${kb(weight.htmlAndCss)} of HTML and CSS; the budget is ${kb(CONTENT_PAGE_BUDGET)}${cause}`,
      );
    }
  }
  return problems;
}
