/**
 * Keys for Astro's incremental build: a page whose key and templates are unchanged since the last
 * build is copied from the build cache instead of being rendered again.
 *
 * Pages show the fields of many entries (titles in lists, backlinks, related entries, facets) but
 * the body of at most one: their own. So a page's key is a digest of every entry's fields, plus the
 * digest of the entry the page is about. Editing a body rebuilds that entry's pages alone; editing
 * any field rebuilds every page, which is always correct.
 */
import { createHash } from 'node:crypto';
import type { SiteData } from './site-data.ts';

const fieldDigests = new WeakMap<SiteData, string>();

function fieldsDigest(data: SiteData): string {
  let digest = fieldDigests.get(data);
  if (digest === undefined) {
    const hash = createHash('sha1');
    for (const list of [data.caseStudies, data.evidence, data.playbooks, data.trusts, data.themes]) {
      for (const entry of list) hash.update(`${entry.collection}/${entry.id}\n${JSON.stringify(entry.data)}\n`);
    }
    digest = hash.digest('hex');
    fieldDigests.set(data, digest);
  }
  return digest;
}

interface EntryProps {
  entry?: { collection: string; id: string; digest?: string | undefined };
}

/** Adds a cacheKey to each path from getStaticPaths. */
export function withPageKeys<P extends { props: object }>(data: SiteData, paths: P[]): (P & { cacheKey: string })[] {
  const fields = fieldsDigest(data);
  return paths.map((path) => {
    const entry = (path.props as EntryProps).entry;
    return { ...path, cacheKey: entry ? `${fields}:${entry.collection}/${entry.id}@${entry.digest ?? ''}` : fields };
  });
}
