import { describe, expect, it } from 'vitest';
import { articlePreview, MAX_SUMMARY_BYTES, previewSummary, type PreviewBase } from '../../../src/lib/built/preview.ts';

const base: PreviewBase = { site: 'https://commons.example', publicFiles: 'https://git.example/pr/raw/abc/public' };

/** A case study page as the site builds one, cut down to one of each thing the preview treats. */
const page = `<!doctype html><html lang="en-GB"><head><title>x</title><link rel="stylesheet" href="/_astro/site.css"></head>
<body><a class="skip" href="#main">Skip to content</a><header><nav><a href="/search/">Search</a></nav></header>
<main id="main" class="wrap" tabindex="-1"><nav class="breadcrumbs"><a href="/">Home</a></nav>
<article data-pagefind-body><div hidden><span data-pagefind-filter="type:case-study"></span></div>
<h1>Reading catch-up</h1><dl class="facts" data-pagefind-ignore><div><dt>Trust</dt><dd><a href="/trusts/t/">T</a></dd></div></dl>
<figure class="impact"><figcaption><h3>Reading age</h3></figcaption><div class="impact-bars" aria-hidden="true"><span>Before</span><svg viewBox="0 0 100 10"><rect width="40" height="10"></rect></svg></div></figure>
<table><tr><th scope="row">Reading age</th><td class="figure" colspan="2">9.1</td></tr></table>
<div class="prose"><h2 id="context">Context</h2>

<p>See <a href="#impact">the impact</a>, <a href="https://eef.example/r" rel="noopener">the review</a> and <img src="/images/chart.png" alt="Scores by term" loading="lazy">.</p></div>
<script type="application/ld+json">{}</script></article></main><footer><a href="/about/">About</a></footer></body></html>`;

describe('the preview of a changed page', () => {
  it('keeps the article, without hidden data, charts, scripts or the site’s classes', () => {
    expect(articlePreview(page, '/case-studies/reading/', base)).toMatchInlineSnapshot(`
      "
      <h1>Reading catch-up</h1><dl><div><dt>Trust</dt><dd><a href="https://commons.example/trusts/t/">T</a></dd></div></dl>
      <figure><figcaption><h3>Reading age</h3></figcaption></figure>
      <table><tbody><tr><th scope="row">Reading age</th><td colspan="2">9.1</td></tr></tbody></table>
      <div><h2>Context</h2>
      <p>See <a href="https://commons.example/case-studies/reading/#impact">the impact</a>, <a href="https://eef.example/r">the review</a> and <img src="https://git.example/pr/raw/abc/public/images/chart.png" alt="Scores by term">.</p></div>
      "
    `);
  });

  it('takes an index page’s main content, which has no article', () => {
    const index =
      '<html><body><main><h1>Themes</h1><ul><li><a href="/themes/reading/">Reading</a></li></ul></main></body></html>';
    expect(articlePreview(index, '/themes/', base)).toBe(
      '<h1>Themes</h1><ul><li><a href="https://commons.example/themes/reading/">Reading</a></li></ul>',
    );
  });
});

describe('the preview summary', () => {
  it('shows each changed page in full, and says which files have no page', () => {
    const summary = previewSummary(
      [
        { file: 'content/case-studies/reading.mdx', url: '/case-studies/reading/', html: page },
        { file: 'content/case-studies/broken.mdx', url: '/case-studies/broken/' },
        { file: 'content/README.md' },
      ],
      base,
    );
    expect(summary).toContain(
      '<details open><summary><code>content/case-studies/reading.mdx</code>, at <a href="https://commons.example/case-studies/reading/">/case-studies/reading/</a> once merged</summary>',
    );
    expect(summary).toContain('<h1>Reading catch-up</h1>');
    expect(summary).toContain('- <code>content/case-studies/broken.mdx</code>: no page was built from it.');
    expect(summary).toContain('- <code>content/README.md</code> has no page of its own.');
    // GitHub reads an HTML block up to the first blank line: none may fall inside a page.
    const [, firstPage = ''] = summary.split('<details open>');
    expect(firstPage.split('</details>')[0]!.trim().split('\n\n')).toHaveLength(2);
  });

  it('stops before GitHub’s limit on a summary and counts the files left out', () => {
    const long = page.replace('<h1>', `<p>${'x'.repeat(100_000)}</p><h1>`);
    const files = Array.from({ length: 12 }, (_, index) => ({
      file: `content/case-studies/c${index}.mdx`,
      url: `/case-studies/c${index}/`,
      html: long,
    }));
    const summary = previewSummary(files, base);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES + 200);
    expect(summary.match(/<details open>/g)).toHaveLength(10);
    expect(summary).toContain('2 more changed files not shown here');
  });
});
