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
