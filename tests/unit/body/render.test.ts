import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/analysis/files.ts';
import { BodyError } from '../../../src/lib/body/errors.ts';
import { MAX_NESTING } from '../../../src/lib/body/nesting.ts';
import { inspectBody } from '../../../src/lib/body/inspect.ts';
import { parseBody } from '../../../src/lib/body/parse.ts';
import { inspectedToHtml, renderBody } from '../../../src/lib/body/render.ts';
import { readFixture } from '../fixtures.ts';

const refusal = (source: string, lineOffset = 0) => {
  try {
    renderBody(source, lineOffset);
  } catch (error) {
    if (error instanceof BodyError)
      return { message: error.message, line: error.line, column: error.column, fix: error.fix };
    throw error;
  }
  throw new Error('expected the body to be refused');
};

describe('rendering a contribution body', () => {
  it('renders the valid case study fixture, with its GFM table and callout', () => {
    const file = splitFrontmatter(readFixture('valid/case-study.mdx'));
    const { html, headings } = renderBody(file.body, file.bodyLineOffset);
    expect(html).toMatchSnapshot();
    expect(headings.map((heading) => heading.text)).toEqual([
      'Context',
      'What we did',
      'Impact',
      'What we would do differently',
    ]);
  });

  it('renders GFM: tables, strikethrough, task lists and autolinks', () => {
    const { html } = renderBody(
      [
        '| Year | Result |',
        '| :--- | ---: |',
        '| 2023 | 52% |',
        '',
        '~~old~~ new',
        '',
        '- [x] done',
        '',
        'www.example.org',
      ].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toMatch(/<td[^>]*>52%<\/td>/);
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('href="http://www.example.org"');
  });

  it('maps the allowlisted components to plain HTML', () => {
    expect(
      renderBody('<Callout type="caution" title="Watch out">\nCheck the data.\n</Callout>').html,
    ).toMatchInlineSnapshot(
      `"<aside class="callout callout-caution" aria-label="Watch out"><p class="callout-title">Watch out</p><p>Check the data.</p></aside>"`,
    );
    expect(renderBody('<Details summary="Method">\nWe compared cohorts.\n</Details>').html).toMatchInlineSnapshot(
      `"<details><summary>Method</summary><p>We compared cohorts.</p></details>"`,
    );
  });

  it('drops MDX comments, which is how templates leave guidance in a file', () => {
    expect(renderBody('## Context\n\n{/* Say where your schools are. */}\n\nThree primary schools.').html).toBe(
      '<h2 id="context">Context</h2>\n\n<p>Three primary schools.</p>',
    );
    expect(refusal('{/* a comment */ alert(1)}').message).toMatch(/Curly-brace expressions/);
  });

  it('gives headings stable ids and marks external links', () => {
    const { html } = renderBody(
      '## What we did\n\n## What we did\n\n[EEF](https://educationendowmentfoundation.org.uk)',
    );
    expect(html).toContain('<h2 id="what-we-did">');
    expect(html).toContain('<h2 id="what-we-did-1">');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it.each([
    ['a script', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an iframe', 'Text\n\n<iframe src="https://example.org"></iframe>', /<iframe> is not allowed/],
    ['an unknown component', '<Chart data="x" />', /<Chart> is not allowed/],
    ['an import', 'import Chart from "./chart.js"', /import and export lines are not allowed/],
    ['an export', 'export const x = 1', /import and export lines are not allowed/],
    ['an expression', 'We spent {budget} pounds', /Curly-brace expressions/],
    ['an event handler', '<Callout onClick="steal()">Hi</Callout>', /onClick runs code/],
    ['a javascript: link', '[a](javascript:alert(1))', /javascript: address, which can run code/],
    ['a data: link', '[b](data:text/html,hi)', /data: address/],
    ['a javascript: link split by a tab', '[a](java&#9;script:alert(1))', /javascript: address, which can run code/],
    ['an ftp: link', '[f](ftp://example.org/plan.docx)', /ftp: address, which the site does not publish/],
    ['a remote image', '![A chart](https://example.org/chart.png)', /other websites are not allowed/],
    ['an image without alt text', '![](/images/chart.png)', /no alt text/],
    ['a Unique Pupil Number', 'The pupil A123456789012 improved.', /Unique Pupil Number/],
    ['an attribute expression', '<Callout type={x}>Hi</Callout>', /plain text in quotes/],
    ['an unknown callout type', '<Callout type="danger">Hi</Callout>', /not a known value/],
    ['a details without summary', '<Details>Hi</Details>', /needs a summary attribute/],
    ['an unclosed tag', 'Line\n\n<div>', /^<div> is HTML, which contributions do not use$/],
  ])('refuses %s', (_name, source, message) => {
    expect(refusal(source).message).toMatch(message);
  });

  it.each([
    [
      'an HTML line break',
      'Intro\n\nLine one<br>line two.',
      '<br> is HTML, which contributions do not use',
      'For a new line, end the line with a backslash (\\). For a new paragraph, leave an empty line. HTML tags are not used in contributions.',
    ],
    [
      'bold left open',
      'Some <b>bold text.',
      '<b> is HTML, which contributions do not use',
      'For bold text, write **bold**. HTML tags are not used in contributions.',
    ],
    [
      'an HTML comment',
      '<!-- a note for reviewers -->',
      'HTML comments (<!-- … -->) cannot be used',
      'For a note that is never shown, write {/* the note */}. Notes for the reviewers can go in the pull request.',
    ],
    [
      'a Callout left open',
      '<Callout type="note">\n\nA point.',
      '<Callout> is opened but not closed',
      'Add </Callout> where it ends.',
    ],
    [
      'a placeholder in braces',
      'The results are in the table {see below}.',
      'Curly-brace expressions { } are not allowed',
      'Remove the braces, or write \\{ to show a brace as text.',
    ],
    [
      'a less-than sign before a number',
      'Pupils scoring <100 on entry.',
      'A < that does not start a tag cannot be used as it is',
      'Write \\< to show the sign, or say it in words ("under 100").',
    ],
    [
      'a web address in angle brackets',
      'See <https://educationendowmentfoundation.org.uk/guidance> for more.',
      'A web address in < > is read as the start of a tag',
      'Write the link as [the words to show](https://educationendowmentfoundation.org.uk/guidance).',
    ],
    [
      'a component written in lower case',
      '<callout type="note">A point.</callout>',
      '<callout> is not allowed in a contribution',
      'Write it with a capital letter, as <Callout>.',
    ],
  ])('explains %s in words, with what to write instead', (_name, source, message, fix) => {
    expect(refusal(source, 10)).toMatchObject({ message, fix });
  });

  it('places a placeholder in braces at its opening brace, not inside it', () => {
    expect(refusal('Intro\n\nPupils {aged 11} took part.', 10)).toMatchObject({ line: 13, column: 8 });
  });

  it('names the file line of a text it cannot read, and no line of its own', () => {
    const { message, line } = refusal('Intro\n\nWe spent {budget pounds.', 10);
    expect(message).toMatch(/^The text could not be read: .*closing brace/);
    expect(message).not.toMatch(/\d+:\d+/);
    expect(line).toBe(13);
  });

  it('lets the advice it gives be followed: a backslash line break and an MDX comment render', () => {
    expect(renderBody('Line one\\\nline two.\n\n{/* a note */}\n').html).toBe('<p>Line one<br>\nline two.</p>\n');
  });

  it('refuses a body nested deeper than the limit before anything walks it', () => {
    for (const source of ['>'.repeat(10_000) + ' Deep', '> '.repeat(MAX_NESTING + 1) + 'Deep']) {
      expect(refusal(`Intro\n\n${source}`, 5)).toMatchObject({ message: /nested too deeply/, line: 8 });
    }
    expect(renderBody('> '.repeat(MAX_NESTING - 1) + 'Deep').html).toContain('Deep');
  });

  it('refuses an image path with a malformed %-escape, as a problem rather than a crash', () => {
    expect(refusal('![Pupils](/images/%E0%A4%A.png)').message).toMatch(/% that is not followed by two hexadecimal/);
  });

  it('keeps links whose scheme is written in capitals, in lower case', () => {
    expect(renderBody('[EEF](HTTPS://example.org/Report)').html).toBe(
      '<p><a href="https://example.org/Report" rel="noopener noreferrer">EEF</a></p>',
    );
    expect(renderBody('[Email](MAILTO:office@example.org)').html).toBe(
      '<p><a href="mailto:office@example.org">Email</a></p>',
    );
  });

  // Markdown link targets, as written between the brackets.
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'HTTPS://example.org',
    'Http://example.org',
    'MAILTO:office@example.org',
    'mailto:office@example.org',
    'h&#9;ttps://example.org',
    '/case-studies/example/',
    '#impact',
    '?page=2',
    'report.html',
    './notes:2024.html',
    '',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java&#9;script:alert(1)',
    'java&#10;script:alert(1)',
    '&#1;javascript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox(1)',
    'ftp://files.example.org/plan.docx',
    'file:///etc/passwd',
    'tel:999',
    'irc://irc.example.org',
    'xmpp:office@example.org',
    'notes:2024',
    '<java script:alert(1)>',
  ])('agrees with the sanitiser on the link target %s', (target) => {
    const tree = parseBody(`[link](${target})`, 0);
    const allowed = inspectBody(tree, { lineOffset: 0 }).length === 0;
    const kept = /<a href=/.test(inspectedToHtml(tree).html);
    expect({ allowed, kept }).toEqual({ allowed, kept: allowed });
  });

  it('reports positions as lines of the whole file', () => {
    expect(refusal('Intro\n\n<script>x</script>', 10)).toMatchObject({ line: 13, column: 1 });
    expect(refusal('Intro\n\n<div>', 4)).toMatchObject({ line: 7, column: 1 });
  });
});
