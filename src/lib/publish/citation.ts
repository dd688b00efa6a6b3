import { isoDate } from '../text/dates.ts';

/** A source of an evidence summary written out as a reference, in the APA style readers know. */
export interface CitationSource {
  title: string;
  authors: string[];
  year: number;
  url?: string | undefined;
  doi?: string | undefined;
}

export function formatAuthors(authors: string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
}

/** The link a reader should follow: the DOI when there is one, because it never moves. */
export const citationHref = (source: CitationSource): string =>
  source.doi ? `https://doi.org/${source.doi}` : (source.url ?? '');

/** What is needed to cite a page of the Commons. */
export interface PageCitation {
  id: string;
  title: string;
  /** The organisation that wrote it: the trust for its own case study, the Commons for its summaries. */
  author: string;
  published: Date;
  /** The date of this version, shown so a citation names what the reader saw. */
  version: Date;
  url: string;
  siteName: string;
  licenceUrl: string;
  description: string;
  keywords: string[];
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const slashDate = (date: Date) => isoDate(date).replace(/-/g, '/');

/** Highwire Press tags, which Google Scholar and reference managers read. */
export const citationMetaTags = (citation: PageCitation) => [
  { name: 'citation_title', content: citation.title },
  { name: 'citation_author', content: citation.author },
  { name: 'citation_publication_date', content: slashDate(citation.published) },
  { name: 'citation_online_date', content: slashDate(citation.version) },
  { name: 'citation_publisher', content: citation.siteName },
  { name: 'citation_abstract_html_url', content: citation.url },
  { name: 'citation_language', content: 'en' },
];

export const apaCitation = (citation: PageCitation) =>
  `${citation.author}. (${citation.published.getUTCFullYear()}). ${citation.title}. ${citation.siteName}. ` +
  `Version of ${longDate.format(citation.version)}. ${citation.url}`;

/** BibTeX needs its special characters escaped; organisation authors go in double braces. */
const bib = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

export const bibtexCitation = (citation: PageCitation) =>
  [
    `@misc{commons-${citation.id},`,
    `  author = {{${bib(citation.author)}}},`,
    `  title = {${bib(citation.title)}},`,
    `  year = {${citation.published.getUTCFullYear()}},`,
    `  month = ${months[citation.published.getUTCMonth()]},`,
    `  howpublished = {${bib(citation.siteName)}},`,
    `  url = {${citation.url}},`,
    `  note = {Version of ${isoDate(citation.version)}}`,
    '}',
  ].join('\n');

/** schema.org data for search engines, as JSON-LD. */
export const jsonLd = (citation: PageCitation, type: 'Article' | 'ScholarlyArticle') => ({
  '@context': 'https://schema.org',
  '@type': type,
  headline: citation.title,
  description: citation.description,
  author: { '@type': 'Organization', name: citation.author },
  publisher: { '@type': 'Organization', name: citation.siteName },
  datePublished: isoDate(citation.published),
  dateModified: isoDate(citation.version),
  url: citation.url,
  license: citation.licenceUrl,
  keywords: citation.keywords.join(', '),
  inLanguage: 'en-GB',
});
