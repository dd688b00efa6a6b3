/**
 * Atom feeds of new and updated entries: one for the whole site and one per theme, so a network
 * can follow what is added in the areas it cares about.
 */
import { caseStudyAuthor } from '../display/authorship.ts';
import type { SiteData } from '../content/site-data.ts';
import { escapeMarkup as escape } from '../text/markup.ts';
import { site } from '../site.ts';
import { entryPage } from '../../schemas/index.ts';

export interface FeedItem {
  title: string;
  path: string;
  summary: string;
  author: string;
  published: Date;
  updated: Date;
  kind: string;
  themes: string[];
}

export const FEED_LENGTH = 50;

/** Everything that can be new or updated, newest first. */
export function feedItems(data: SiteData): FeedItem[] {
  const trustName = (id: string) => data.trust.get(id)?.data.name ?? id;
  const items: FeedItem[] = [
    ...data.caseStudies.map((entry) => ({
      title: entry.data.title,
      path: entryPage('caseStudies', entry.id),
      summary: entry.data.summary,
      author: caseStudyAuthor(entry.data, trustName(entry.data.trust.id)),
      published: entry.data.published,
      updated: entry.data.updated ?? entry.data.published,
      kind: 'Case study',
      themes: entry.data.themes.map((ref) => ref.id),
    })),
    ...data.evidence.map((entry) => ({
      title: entry.data.title,
      path: entryPage('evidence', entry.id),
      summary: entry.data.summary,
      author: site.name,
      published: entry.data.lastReviewed,
      updated: entry.data.lastReviewed,
      kind: 'Evidence summary',
      themes: entry.data.themes.map((ref) => ref.id),
    })),
    ...data.playbooks.map((entry) => ({
      title: entry.data.title,
      path: entryPage('playbooks', entry.id),
      summary: entry.data.summary,
      author: site.name,
      published: entry.data.updated,
      updated: entry.data.updated,
      kind: 'Playbook',
      themes: entry.data.themes.map((ref) => ref.id),
    })),
  ];
  return items.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.path.localeCompare(b.path));
}

export function atomFeed(options: { title: string; path: string; selfPath: string; items: FeedItem[] }): string {
  const url = (path: string) => new URL(path, site.url).href;
  const items = options.items.slice(0, FEED_LENGTH);
  const updated = (items[0]?.updated ?? new Date(0)).toISOString();
  const entries = items.map(
    (item) => `  <entry>
    <title>${escape(item.title)}</title>
    <link rel="alternate" type="text/html" href="${url(item.path)}"/>
    <id>${url(item.path)}</id>
    <published>${item.published.toISOString()}</published>
    <updated>${item.updated.toISOString()}</updated>
    <author><name>${escape(item.author)}</name></author>
    <category term="${escape(item.kind)}"/>
${item.themes.map((theme) => `    <category term="${escape(theme)}" scheme="${url('/themes/')}"/>`).join('\n')}
    <summary type="text">${escape(item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${escape(options.title)}</title>
  <link rel="self" type="application/atom+xml" href="${url(options.selfPath)}"/>
  <link rel="alternate" type="text/html" href="${url(options.path)}"/>
  <id>${url(options.selfPath)}</id>
  <updated>${updated}</updated>
  <author><name>${escape(site.name)}</name></author>
${entries.join('\n')}
</feed>
`;
}
