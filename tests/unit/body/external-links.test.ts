import { describe, expect, it } from 'vitest';
import { externalRel, isExternalHref, opensSafely } from '../../../src/lib/body/external-links.ts';

describe('external links', () => {
  it('treats full web addresses as links to other sites, and paths, fragments and mail as not', () => {
    expect(['https://example.org/x', 'http://a.b', ' HTTPS://x.org'].map(isExternalHref)).toEqual([true, true, true]);
    expect(['/evidence/', '#top', 'mailto:info@a.b', 'evidence/', undefined, 42].map(isExternalHref)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives rel="noopener" only to links to other sites', () => {
    expect(externalRel('https://example.org')).toBe('noopener');
    expect(externalRel('/themes/attendance/')).toBeUndefined();
    expect(externalRel(undefined)).toBeUndefined();
  });

  it('counts a link as safe when its rel includes noopener as a word', () => {
    expect(opensSafely('https://x.org', 'noopener')).toBe(true);
    expect(opensSafely('https://x.org', 'noreferrer noopener')).toBe(true);
    expect(opensSafely('https://x.org', 'nofollow')).toBe(false);
    expect(opensSafely('https://x.org', 'xnoopener')).toBe(false);
    expect(opensSafely('https://x.org', undefined)).toBe(false);
    expect(opensSafely('/evidence/', undefined)).toBe(true);
  });
});
