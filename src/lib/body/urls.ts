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
 * The scheme an address starts with, lower-cased, or undefined for an address within the site
 * (a path, ?query or #fragment). As in the sanitiser, whatever comes before a colon that is
 * before any / ? or # counts as the scheme, even when it is not a valid scheme name.
 */
export function schemeOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  const pathStart = url.search(/[/?#]/);
  if (pathStart >= 0 && pathStart < colon) return undefined;
  return url.slice(0, colon).toLowerCase();
}

/** An address with its %-escapes decoded, or undefined when one is malformed (a % without two hex digits). */
export function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
