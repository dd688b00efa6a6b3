import { describe, expect, it } from 'vitest';
import { bodySections, relabelHeadings } from '../../../src/lib/body/sections.ts';

describe('a rendered body cut at its level-2 headings', () => {
  it('gives the text before the first heading, then each heading with what follows it', () => {
    const sections = bodySections(
      '<p>Intro.</p>\n<h2 id="identify-the-need">Identify the <em>need</em></h2>\n<p>One.</p>\n<h2 id="more">More</h2><ul><li>Two</li></ul>',
    );
    expect(sections).toEqual([
      { html: '<p>Intro.</p>\n' },
      {
        heading: {
          id: 'identify-the-need',
          text: 'Identify the need',
          html: '<h2 id="identify-the-need">Identify the <em>need</em></h2>',
        },
        html: '\n<p>One.</p>\n',
      },
      { heading: { id: 'more', text: 'More', html: '<h2 id="more">More</h2>' }, html: '<ul><li>Two</li></ul>' },
    ]);
  });

  it('leaves a heading inside a callout where it is, and gives no empty start', () => {
    const sections = bodySections('<h2 id="a">A</h2><aside class="callout"><h2 id="b">B</h2><p>x</p></aside>');
    expect(sections).toHaveLength(1);
    expect(sections[0]!.html).toBe('<aside class="callout"><h2 id="b">B</h2><p>x</p></aside>');
  });
});

describe('a rendered body with some headings told in another voice', () => {
  const labels = { 'What we did': 'What they did' };

  it('changes the text of a top-level heading it names and keeps its id, and nothing else', () => {
    const html =
      '<h2 id="context">Context</h2>\n<p>We did it &#x26; more.</p>\n<h2 id="what-we-did">What we did</h2>\n<p>x</p>';
    expect(relabelHeadings(html, labels)).toBe(
      '<h2 id="context">Context</h2>\n<p>We did it &#x26; more.</p>\n<h2 id="what-we-did">What they did</h2>\n<p>x</p>',
    );
  });

  it('leaves a heading inside a callout as it was', () => {
    const html = '<aside class="callout"><h2 id="what-we-did">What we did</h2></aside>';
    expect(relabelHeadings(html, labels)).toBe(html);
  });
});
