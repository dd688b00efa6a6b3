/**
 * After the build, every internal link and fragment must lead somewhere, and every link to another
 * site must open safely: either failing fails the build.
 */
import { servedFile, type BuiltPage } from './pages.ts';

/** An address whose target is the same on every page: from the site's root, or with its scheme. */
const fromAnyPage = (link: string) => link.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(link);

export function brokenLinks(pages: BuiltPage[], dist: string, site: string): string[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const origin = new URL(site).origin;
  /** What is wrong with where a link from a page leads, said after the link; undefined when nothing is. */
  const judge = (link: string, page: BuiltPage): string | undefined => {
    if (/^(mailto|tel|data):/i.test(link)) return undefined;
    const target = new URL(link, `${origin}${page.url}`);
    if (target.origin !== origin) return undefined;
    const targetPage = target.pathname === page.url ? page : byUrl.get(target.pathname);
    if (!targetPage && !servedFile(dist, target.pathname)) return ', which does not exist';
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && targetPage && !targetPage.ids.has(fragment)) {
      return `, but ${target.pathname} has no element with id "${fragment}"`;
    }
    return undefined;
  };
  // Most links are on many pages (the header's, a trust's), and are judged once.
  const judged = new Map<string, string | undefined>();
  const judgeOnce = (link: string, page: BuiltPage) => {
    if (!judged.has(link)) judged.set(link, judge(link, page));
    return judged.get(link);
  };
  const problems: string[] = [];
  for (const page of pages) {
    for (const link of new Set(page.links)) {
      const problem = fromAnyPage(link) ? judgeOnce(link, page) : judge(link, page);
      if (problem) problems.push(`${page.url} links to ${link}${problem}`);
    }
  }
  return problems;
}

/** Every link to another site must carry rel="noopener" (src/lib/body/external-links.ts says where it is added). */
export const linksWithoutNoopener = (pages: BuiltPage[]): string[] =>
  pages.flatMap((page) =>
    [...new Set(page.unsafeLinks)].map((link) => `${page.url} links to ${link} without rel="noopener"`),
  );
