/** How each kind of entry is cited: who wrote it, when, and under which licence. */
import type { CollectionEntry } from 'astro:content';
import { caseStudyAuthor } from '../display/authorship.ts';
import type { PageCitation } from './citation.ts';
import type { SiteData } from '../content/site-data.ts';
import { licenceDetails } from './licences.ts';
import { site } from '../site.ts';
import { entryPage } from '../../schemas/index.ts';

const themeTitles = (data: SiteData, refs: { id: string }[]) =>
  refs.map((ref) => data.theme.get(ref.id)?.data.title ?? ref.id);
const pageUrl = (path: string) => new URL(path, site.url).href;

export const caseStudyCitation = (entry: CollectionEntry<'caseStudies'>, data: SiteData): PageCitation => ({
  id: `case-study-${entry.id}`,
  title: entry.data.title,
  author: caseStudyAuthor(entry.data, data.trust.get(entry.data.trust.id)?.data.name ?? entry.data.trust.id),
  published: entry.data.published,
  version: entry.data.updated ?? entry.data.published,
  url: pageUrl(entryPage('caseStudies', entry.id)),
  siteName: site.name,
  licenceUrl: licenceDetails[entry.data.licence].url,
  description: entry.data.summary,
  keywords: themeTitles(data, entry.data.themes),
});

/** Evidence summaries are written by the Commons itself, from the sources they cite. */
export const evidenceCitation = (entry: CollectionEntry<'evidence'>, data: SiteData): PageCitation => ({
  id: `evidence-${entry.id}`,
  title: entry.data.title,
  author: site.name,
  published: entry.data.lastReviewed,
  version: entry.data.lastReviewed,
  url: pageUrl(entryPage('evidence', entry.id)),
  siteName: site.name,
  licenceUrl: licenceDetails['CC-BY-4.0'].url,
  description: entry.data.summary,
  keywords: themeTitles(data, entry.data.themes),
});
