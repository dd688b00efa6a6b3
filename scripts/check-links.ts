/**
 * npm run check:links: tries every external link in content/ (sources, websites, links in the
 * text) and reports the ones that do not answer. Opt-in and never failing: the web changes under
 * us, and a dead link is a prompt to update an entry, not a reason to stop a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import { mapLimit } from '../src/lib/built/bounded.ts';
import { parseBody } from '../src/lib/body/parse.ts';
import { parseYaml, splitFrontmatter } from '../src/lib/analysis/files.ts';
import { collectionSpecs } from '../src/schemas/index.ts';

const root = process.env['COMMONS_ROOT'] ?? path.resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 10_000;
const CONCURRENCY = 8;

/** Every https URL in a value, with DOIs turned into their resolver address. */
function urlsIn(value: unknown, found: Set<string>): void {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((item) => urlsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'doi' && typeof inner === 'string') found.add(`https://doi.org/${inner}`);
      else urlsIn(inner, found);
    }
  }
}

function linksInBody(node: Nodes, found: Set<string>): void {
  if (node.type === 'element' && node.tagName === 'a') urlsIn(String(node.properties['href'] ?? ''), found);
  if ('children' in node) (node.children as Nodes[]).forEach((child) => linksInBody(child, found));
}

const byUrl = new Map<string, string[]>();
for (const spec of collectionSpecs) {
  if (!spec.extension) continue;
  const folder = path.join(root, 'content', spec.path);
  for (const name of readdirSync(folder).filter((file) => file.endsWith(spec.extension!))) {
    const file = `content/${spec.path}/${name}`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const split = spec.extension === '.mdx' ? splitFrontmatter(text) : undefined;
    const found = new Set<string>();
    urlsIn(parseYaml(split ? split.frontmatter : text).data, found);
    if (split) {
      try {
        linksInBody(parseBody(split.body, split.bodyLineOffset), found);
      } catch {
        // A body that cannot be parsed is the checker's to report.
      }
    }
    for (const url of found) byUrl.set(url, [...(byUrl.get(url) ?? []), file]);
  }
}

async function probe(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (response.ok) return undefined;
      // Some servers refuse HEAD but answer GET.
      if (method === 'HEAD' && [403, 405, 501].includes(response.status)) continue;
      return `answered ${response.status}`;
    } catch (error) {
      if (method === 'HEAD') continue;
      return `could not be reached (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`;
    }
  }
  return undefined;
}

const urls = [...byUrl.keys()];
// A few sites at a time: each request holds a socket, a file handle, until it is answered.
const reasons = await mapLimit(urls, CONCURRENCY, probe);
const dead = urls.flatMap((url, i) => (reasons[i] ? [{ url, reason: reasons[i] }] : []));

for (const { url, reason } of dead.sort((a, b) => a.url.localeCompare(b.url))) {
  console.log(`${url}\n  ${reason}\n  in ${byUrl.get(url)!.join(', ')}`);
}
console.log(
  `\n${urls.length} external links checked: ${dead.length} did not answer. (This check reports; it never fails.)`,
);
// Every link unreachable is far likelier to be this computer offline than every site gone at once.
if (
  urls.length > 1 &&
  dead.every(({ reason }) => reason.startsWith('could not be reached')) &&
  dead.length === urls.length
) {
  console.log('No link could be reached at all: this computer may be offline, so this run says nothing about them.');
}
