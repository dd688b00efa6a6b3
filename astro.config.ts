import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { completeness } from './src/integrations/completeness.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/lib/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), completeness(), pagefindIndex()],
  devToolbar: { enabled: false },
});
