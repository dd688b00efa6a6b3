/**
 * After the build, every internal link and fragment must lead somewhere, and every link to another
 * site must open safely: either failing fails the build.
 */
import { servedFile, type BuiltPage } from './pages.ts';

export function brokenLinks(pages: BuiltPage[], dist: string, site: string): string[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const problems: string[] = [];
  const origin = new URL(site).origin;
  for (const page of pages) {
    for (const link of new Set(page.links)) {
      if (/^(mailto|tel|data):/i.test(link)) continue;
      const target = new URL(link, `${origin}${page.url}`);
      if (target.origin !== origin) continue;
      const targetPage = target.pathname === page.url ? page : byUrl.get(target.pathname);
      if (!targetPage && !servedFile(dist, target.pathname)) {
        problems.push(`${page.url} links to ${link}, which does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        problems.push(`${page.url} links to ${link}, but ${target.pathname} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

/** Every link to another site must carry rel="noopener" (src/lib/external-links.ts says where it is added). */
export const linksWithoutNoopener = (pages: BuiltPage[]): string[] =>
  pages.flatMap((page) =>
    [...new Set(page.unsafeLinks)].map((link) => `${page.url} links to ${link} without rel="noopener"`),
  );
