/**
 * Old addresses that must keep working: every entry's redirectFrom, as old path → new path. Read
 * straight from the files, because Astro needs the list in its configuration, before content loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionSpecs, entryPage } from '../../schemas/index.ts';
import { parseYaml, splitFrontmatter } from './files.ts';

export function collectRedirects(root: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const spec of collectionSpecs) {
    if (!spec.extension) continue;
    const folder = path.join(root, 'content', spec.path);
    for (const entry of existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : []) {
      const name = entry.name;
      // Anything that is not a plain file (a folder, a link) is refused by the checker and the loader.
      if (!entry.isFile() || path.extname(name) !== spec.extension) continue;
      let text: string;
      try {
        text = readFileSync(path.join(folder, name), 'utf8');
      } catch {
        continue; // Unreadable: the checker names the file and the build's loader refuses it.
      }
      // Most files have none; skip the parse for them.
      if (!text.includes('redirectFrom')) continue;
      const yaml = spec.extension === '.mdx' ? splitFrontmatter(text).frontmatter : text;
      const data = parseYaml(yaml).data as { redirectFrom?: unknown } | undefined;
      const id = name.slice(0, -spec.extension.length);
      if (!Array.isArray(data?.redirectFrom)) continue;
      for (const old of data.redirectFrom) {
        if (typeof old === 'string') redirects[entryPage(spec.name, old)] = entryPage(spec.name, id);
      }
    }
  }
  return redirects;
}

/** The same list as a _redirects file, for static hosts that read one (Netlify, Cloudflare Pages). */
export const redirectsFile = (redirects: Record<string, string>) =>
  Object.entries(redirects)
    .map(([from, to]) => `${from} ${to} 301`)
    .join('\n') + '\n';
