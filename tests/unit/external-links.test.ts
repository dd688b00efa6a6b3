import { describe, expect, it } from 'vitest';
import { markExternalLinks } from '../../src/lib/external-links.ts';

describe('external links', () => {
  it('adds rel="noopener" to links to other sites, and only to them', () => {
    expect(
      markExternalLinks(
        '<a href="https://example.org/x">x</a> <a href="/evidence/">y</a> <a class="c" href="http://a.b">z</a>',
      ),
    ).toBe(
      '<a rel="noopener" href="https://example.org/x">x</a> <a href="/evidence/">y</a> <a rel="noopener" class="c" href="http://a.b">z</a>',
    );
  });

  it('leaves a link that already has a rel alone', () => {
    const html = '<a href="https://example.org" rel="noopener noreferrer">x</a>';
    expect(markExternalLinks(html)).toBe(html);
  });

  it('does not touch text that only looks like a link', () => {
    const html = '<p>Write &lt;a href="https://x.org"&gt; in HTML</p><abbr title="a">A</abbr>';
    expect(markExternalLinks(html)).toBe(html);
  });
});
