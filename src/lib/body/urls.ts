/**
 * Addresses in a body, read the way a reader's browser reads them, so the rules judge what the
 * browser would open rather than what the text seems to say.
 */

/** Schemes that run code or carry a whole document inside the address. */
export const UNSAFE_SCHEMES: readonly string[] = ['javascript', 'data', 'vbscript'];

/**
 * Browsers drop spaces and control characters at either end of an address, and every tab and
 * newline inside it: java&#9;script: is javascript: to them.
 */
export const browserUrl = (value: string): string =>
  value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/**
 * The scheme an address starts with, lower-cased as a browser reads it, or undefined for an
 * address within the site (a path, ?query or #fragment); `rest` is what follows the colon. As in
 * the sanitiser, whatever comes before a colon that is before any / ? or # counts as the
 * scheme, even when it is not a valid scheme name.
 */
export function splitScheme(href: string): { scheme: string | undefined; rest: string } {
  const url = browserUrl(href);
  const colon = url.indexOf(':');
  const pathStart = url.search(/[/?#]/);
  if (colon < 0 || (pathStart >= 0 && pathStart < colon)) return { scheme: undefined, rest: url };
  // The parser writes a tab or newline in a link as %09 or %0A; a browser ignores them either way.
  const written = url.slice(0, colon);
  return { scheme: browserUrl(decoded(written) ?? written).toLowerCase(), rest: url.slice(colon + 1) };
}

export const schemeOf = (href: string): string | undefined => splitScheme(href).scheme;

/** An address with its %-escapes decoded, or undefined when one is malformed (a % without two hex digits). */
export function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The schemes a link may use. The renderer's sanitiser allows exactly these. */
export const LINK_SCHEMES: readonly string[] = ['https', 'http', 'mailto'];

/** The allowed schemes as a contributor writes them: https://, http:// or mailto:. */
const written = LINK_SCHEMES.map((scheme) => (scheme === 'mailto' ? 'mailto:' : `${scheme}://`));
export const LINK_SCHEMES_TEXT = `${written.slice(0, -1).join(', ')} or ${written.at(-1)}`;

/**
 * A link's address as the page will carry it. With an allowed scheme, it is written as a
 * browser reads it, the scheme in lower case: the sanitiser compares schemes exactly, and would
 * drop HTTPS:// or MAILTO: pasted from elsewhere. Any other address is left to the sanitiser.
 */
export function publishedHref(href: string): string {
  const { scheme, rest } = splitScheme(href);
  return scheme !== undefined && LINK_SCHEMES.includes(scheme) ? `${scheme}:${rest}` : href;
}
