/**
 * Every link to another site opens without handing it a reference to ours (rel="noopener").
 * Templates and the body renderer add it where they write a link; after the build, the site
 * checks fail on any such link without it, so one that is missed cannot ship.
 */
const ABSOLUTE = /^\s*https?:\/\//i;
const NOOPENER = /(^|\s)noopener(\s|$)/i;

/** A link to an address on the web, written in full; the site's own pages are linked by path. */
export const isExternalHref = (href: unknown): boolean => typeof href === 'string' && ABSOLUTE.test(href);

/** The rel a link to `href` needs: undefined (no attribute) for a link within the site. */
export const externalRel = (href: string | undefined): 'noopener' | undefined =>
  isExternalHref(href) ? 'noopener' : undefined;

/** Whether a link with this href and rel (as written in the HTML) opens safely. */
export const opensSafely = (href: string, rel: string | undefined): boolean =>
  !isExternalHref(href) || NOOPENER.test(rel ?? '');
