// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildReport } from './src/integrations/build-report.ts';
import { completeness } from './src/integrations/completeness.ts';
import { ENTRY_RECORD_FOLDERS, entryRecordFiles } from './src/integrations/entry-records.ts';
import { heapGrowth } from './src/integrations/heap-growth.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { REDIRECTS_FILE, redirectsFileIntegration } from './src/integrations/redirects-file.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { SITEMAP_FILE, sitemap } from './src/integrations/sitemap.ts';
import { collectRedirects } from './src/lib/analysis/redirects.ts';
import { INDEX_FOLDER } from './src/lib/search/parts.ts';
import { site } from './src/lib/site.ts';

// Renamed entries keep their old addresses: a static page with a meta refresh and a canonical link.
const redirects = collectRedirects(fileURLToPath(new URL('.', import.meta.url)));

// The size of a part of the search index can be set lower to try the split on a small site.
const [startSearchIndex, searchIndexWritten] = pagefindIndex(
  Number(process.env['COMMONS_SEARCH_PAGES_PER_PART']) || undefined,
);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Several pages in progress at once: while one page's files are written, the next renders.
    // Rendering 2,000 case studies took 13.8-21.6 s one page at a time and 8.7-12.9 s with eight.
    concurrency: 8,
  },
  // Pages with an unchanged cacheKey (src/lib/content/page-keys.ts) are copied from the last build.
  experimental: { incrementalBuild: true },
  redirects,
  // buildReport stays last: it times the integrations before it.
  integrations: [
    heapGrowth(),
    mdx(),
    // Before any integration that reads the built pages: it removes those of the last build that
    // this one no longer produces, leaving what the integrations below write.
    keptOutput([REDIRECTS_FILE, SITEMAP_FILE, INDEX_FOLDER, ...ENTRY_RECORD_FOLDERS]),
    completeness(),
    entryRecordFiles(),
    redirectsFileIntegration(redirects),
    sitemap(site.url, redirects),
    // Pagefind writes the search index in its own process while the built site is checked.
    startSearchIndex,
    siteChecks(site.url),
    searchIndexWritten,
    buildReport(),
  ],
  devToolbar: { enabled: false },
});
