import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export const SITEMAP_FILE = 'sitemap.xml';

/** Writes sitemap.xml from the pages the build produced, leaving out redirects and the 404 page. */
export function sitemap(site: string, redirects: Record<string, string>): AstroIntegration {
  return {
    name: 'commons-sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const skip = new Set(Object.keys(redirects));
        const urls = pages
          .map((page) => `/${page.pathname}`)
          .filter((path) => path.endsWith('/') && path !== '/404/' && !skip.has(path))
          .sort()
          .map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`);
        writeFileSync(
          new URL(SITEMAP_FILE, dir),
          `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
        );
      },
    },
  };
}
