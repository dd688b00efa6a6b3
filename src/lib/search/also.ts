/**
 * The other forms of an entry's terms (src/lib/search/synonyms.ts) are indexed as text at the end
 * of its page, between these marks. Pagefind's excerpt of a page found by one of them would show
 * the list; the search page cuts it off. A module of its own, so the search page's script loads
 * the marks alone, not the list.
 */
export const ALSO_OPEN = '\u2045';
export const ALSO_CLOSE = '\u2046';

/** An excerpt without the list of other forms, which always ends the page's text. */
export function withoutAlso(excerpt: string): string {
  const open = excerpt.indexOf(ALSO_OPEN);
  if (open >= 0) return excerpt.slice(0, open).trimEnd();
  // The excerpt starts inside the list: all of it is the list.
  return excerpt.includes(ALSO_CLOSE) ? '' : excerpt;
}
