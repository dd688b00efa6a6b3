import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetProblems, CONTENT_PAGE_BUDGET } from '../../../src/lib/built/budgets.ts';
import { brokenLinks, linksWithoutNoopener } from '../../../src/lib/built/links.ts';
import { readBuiltSite, readPage } from '../../../src/lib/built/pages.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'commons-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
};
const page = (body: string, head = '<link rel="stylesheet" href="/_astro/site.css">') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

write('_astro/site.css', 'body{}');
write('_astro/search.js', 'x'.repeat(1000));
write(
  'index.html',
  page(
    '<a href="/evidence/">Evidence</a> <a href="/evidence/#top">top</a> <a rel="noopener" href="https://example.org">out</a>',
  ),
);
write('evidence/index.html', page('<h1 id="top">Evidence</h1><a href="/feed.xml">feed</a>'));
write('feed.xml', '<feed/>');
write('search/index.html', page('<script type="module" src="/_astro/search.js"></script>'));
const site = 'https://commons.example';

describe('reading a built page', () => {
  it('finds ids, links, stylesheets and running scripts, not JSON-LD', () => {
    const built = readPage(
      page('<p id="a">x</p><script type="application/ld+json">{}</script><script>1</script>'),
      '/x/',
    );
    expect([...built.ids]).toEqual(['a']);
    expect(built.links).toEqual(['/_astro/site.css']);
    expect(built.scripts).toEqual([{ inline: true }]);
  });

  it('reads tags whole, so text in an attribute or a comment is not taken for a tag', () => {
    const built = readPage(
      page(
        '<meta name="description" content="Why <script> and <a href=&quot;https://x.org&quot;> are refused">' +
          '<!-- <script src="/old.js"></script> --><img alt="id=&quot;fake&quot;" src="/images/a.png" id="real">',
        '',
      ),
      '/x/',
    );
    expect(built.scripts).toEqual([]);
    expect(built.links).toEqual(['/images/a.png']);
    expect(built.unsafeLinks).toEqual([]);
    expect([...built.ids]).toEqual(['real']);
  });
});

describe('link integrity', () => {
  it('passes when every internal link and fragment resolves', async () => {
    expect(brokenLinks(await readBuiltSite(dist), dist, site)).toEqual([]);
  });

  it('names a missing page and a missing fragment', async () => {
    write('broken/index.html', page('<a href="/nowhere/">x</a><a href="/evidence/#gone">y</a><a href="#here">z</a>'));
    expect(brokenLinks(await readBuiltSite(dist), dist, site)).toEqual([
      '/broken/ links to /nowhere/, which does not exist',
      '/broken/ links to /evidence/#gone, but /evidence/ has no element with id "gone"',
      '/broken/ links to #here, but /broken/ has no element with id "here"',
    ]);
    rmSync(path.join(dist, 'broken'), { recursive: true });
  });

  it('judges a link from the root once for every page, and a link from the page itself on each page', async () => {
    write('one/index.html', page('<h2 id="here">One</h2><a href="#here">z</a><a href="/evidence/#gone">y</a>'));
    write('two/index.html', page('<a href="#here">z</a><a href="/evidence/#gone">y</a>'));
    expect(brokenLinks(await readBuiltSite(dist), dist, site)).toEqual([
      '/one/ links to /evidence/#gone, but /evidence/ has no element with id "gone"',
      '/two/ links to #here, but /two/ has no element with id "here"',
      '/two/ links to /evidence/#gone, but /evidence/ has no element with id "gone"',
    ]);
    rmSync(path.join(dist, 'one'), { recursive: true });
    rmSync(path.join(dist, 'two'), { recursive: true });
  });

  it('passes when every link to another site has rel="noopener"', async () => {
    expect(linksWithoutNoopener(await readBuiltSite(dist))).toEqual([]);
  });

  it('names a link to another site without rel="noopener", whatever else its rel says', () => {
    const built = readPage(
      page(
        '<a href="https://a.example/">a</a> <a rel="nofollow" href="http://b.example/">b</a> ' +
          '<a href="https://c.example/" rel="noreferrer noopener">c</a> <a href="/evidence/">d</a> ' +
          '<link rel="alternate" href="https://d.example/feed.xml">',
      ),
      '/x/',
    );
    expect(linksWithoutNoopener([built])).toEqual([
      '/x/ links to https://a.example/ without rel="noopener"',
      '/x/ links to http://b.example/ without rel="noopener"',
    ]);
  });
});

describe('page weight budgets', () => {
  it('passes small content pages and a small search script', async () => {
    expect(budgetProblems(await readBuiltSite(dist), dist)).toEqual([]);
  });

  it('refuses a content page with a script, and one over its budget', async () => {
    write('heavy/index.html', page(`<p>${'x'.repeat(CONTENT_PAGE_BUDGET)}</p>`));
    write('scripted/index.html', page('<script type="module" src="/_astro/search.js"></script>'));
    const problems = budgetProblems(await readBuiltSite(dist), dist);
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/heavy\/ is 40\.\d KB of HTML and CSS; the budget is 40\.0 KB$/),
    );
    expect(problems).toContain('/scripted/ has JavaScript; content pages must have none');
  });

  it('blames the shared stylesheets, not the entry, when they are most of a page\u2019s weight', async () => {
    write('_astro/large.css', `p{color:red}${' '.repeat(CONTENT_PAGE_BUDGET)}`);
    write(
      'case-studies/short-read/index.html',
      page('<p>Short.</p>', '<link rel="stylesheet" href="/_astro/large.css">'),
    );
    expect(budgetProblems(await readBuiltSite(dist), dist)).toContainEqual(
      expect.stringMatching(
        /^\/case-studies\/short-read\/ is 40\.\d KB .*: 40\.\d KB of it is the stylesheets every page shares, in src\/styles\/$/,
      ),
    );
  });

  it('names the content file to shorten when an entry\u2019s page is over its budget', async () => {
    write('case-studies/long-read/index.html', page(`<p>${'x'.repeat(CONTENT_PAGE_BUDGET)}</p>`));
    expect(budgetProblems(await readBuiltSite(dist), dist)).toContainEqual(
      expect.stringMatching(
        /^\/case-studies\/long-read\/ is 40\.\d KB .*Shorten content\/case-studies\/long-read\.mdx: its text or its longest list$/,
      ),
    );
  });
});
