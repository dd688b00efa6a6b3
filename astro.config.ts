import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { buildReport } from './src/integrations/build-report.ts';
import { completeness } from './src/integrations/completeness.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/lib/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // buildReport stays last: it times the integrations before it.
  integrations: [mdx(), completeness(), pagefindIndex(), buildReport()],
  devToolbar: { enabled: false },
});
