import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectBody } from '../../../src/lib/body/inspect.ts';
import { parseBody } from '../../../src/lib/body/parse.ts';
import { findPersonalData } from '../../../src/lib/body/personal-data.ts';

/** The problems inspectBody finds in a body, as rule and line. */
const problems = (source: string) =>
  inspectBody(parseBody(source, 0), { lineOffset: 0 }).map(({ rule, line }) => ({ rule, line }));

describe('personal data outside the text of a paragraph', () => {
  it.each([
    ['image alt text', 'Intro\n\n![Poster with 07700 900123 on it](/images/chart.png)', 'personal-data-phone', 3],
    ['an image title', '![Chart](/images/chart.png "Made by jane.smith@gmail.com")', 'personal-data-email', 1],
    ['a Callout title', '<Callout title="Pupil A123456789012">\nHi\n</Callout>', 'personal-data-upn', 1],
    ['a Details summary', 'Intro\n\n<Details summary="Call 07700 900123">\nHi\n</Details>', 'personal-data-phone', 3],
    ['a mailto link', 'Intro\n\n[email her](mailto:jane.smith@gmail.com)', 'personal-data-email', 3],
    ['an escaped mailto link', '[email her](mailto:jane.smith%40gmail.com)', 'personal-data-email', 1],
    ['a link title', '[report](https://example.org "Ask jane.smith@gmail.com")', 'personal-data-email', 1],
  ])('finds it in %s', (_where, source, rule, line) => {
    expect(problems(source)).toEqual([{ rule, line }]);
  });

  it('reports an address once when the link shows it as its text', () => {
    expect(problems('Write to jane.smith@gmail.com today.')).toEqual([{ rule: 'personal-data-email', line: 1 }]);
    expect(problems('Write to [jane.smith@gmail.com](mailto:jane.smith@gmail.com) today.')).toEqual([
      { rule: 'personal-data-email', line: 1 },
    ]);
  });

  it('lets role mailboxes through, in links as in text', () => {
    expect(problems('[Email the office](mailto:info@example-trust.org.uk)')).toEqual([]);
    expect(problems('<Callout title="Ask enquiries@example-trust.org.uk">\nHi\n</Callout>')).toEqual([]);
    expect(problems('Places are handled by admissions@example-trust.org.uk.')).toEqual([]);
  });

  it('refuses any other address, without calling it certainly a person\u2019s', () => {
    const [finding] = inspectBody(parseBody('Ask reading@example-trust.org.uk.', 0), { lineOffset: 0 });
    expect(finding).toMatchObject({
      rule: 'personal-data-email',
      message: expect.stringMatching(/^This email address may be a person\u2019s, so it cannot be published/),
    });
  });
});

describe('HTML pasted into a body', () => {
  const fixes = (source: string) => inspectBody(parseBody(source, 0), { lineOffset: 0 }).map(({ fix }) => fix);

  it.each([
    ['<br />', 'Line one<br />line two.', /^For a new line, end the line with a backslash/],
    ['<strong>', '<strong>Key point</strong>', /^For bold text, write \*\*bold\*\*\./],
    ['<a>', '<a href="https://example.org">the report</a>', /^For a link, write \[the words to click\]/],
    [
      '<img>',
      '<img src="/images/chart.png" alt="A chart" />',
      /^For a picture, put the file in public\/images\/ and write !\[/,
    ],
  ])('says what to write for %s instead', (_tag, source, fix) => {
    expect(fixes(source)).toEqual([expect.stringMatching(fix)]);
  });

  it('points to Markdown and the components for any other tag', () => {
    expect(fixes('<div>Centred</div>')).toEqual([
      'Use Markdown instead, or one of the allowed components: Callout, Details.',
    ]);
  });
});

describe('the sections of a case study', () => {
  const required = ['Context', 'What we did', 'Impact', 'What we would do differently'];
  const body = (context: string) =>
    `${context}\n\nText.\n\n## What we did\n\nText.\n\n## Impact\n\n### Impact on staff\n\nText.\n\n## What we would do differently\n\nText.\n`;
  const found = (source: string) =>
    inspectBody(parseBody(source, 0), { lineOffset: 0, requiredHeadings: required }).map(
      ({ rule, message, fix, line }) => ({
        rule,
        message,
        fix,
        line,
      }),
    );

  it('accepts them in order, with smaller headings inside', () => {
    expect(found(body('## Context'))).toEqual([]);
  });

  it('names a section heading written at the wrong level, where it is', () => {
    expect(found(body('# Context'))).toEqual([
      {
        rule: 'heading-level',
        message: '"# Context" starts with one # but a section heading has two',
        fix: 'Write it as "## Context".',
        line: 1,
      },
    ]);
    expect(found(body('### context'))).toMatchObject([{ rule: 'heading-level', fix: 'Write it as "## context".' }]);
  });

  it('takes a lone heading of another name for the missing section, renamed, and points at it', () => {
    expect(found(`Intro.\n\n${body('## Background')}`)).toEqual([
      {
        rule: 'required-headings',
        message: 'The body is missing the heading "## Context"',
        fix: 'If "## Background" is that section, call it "## Context". A case study has these sections, in order: ## Context, ## What we did, ## Impact, ## What we would do differently.',
        line: 3,
      },
    ]);
  });

  it('says which are missing when they are nowhere, where the first belongs', () => {
    expect(found(body('Context'))).toMatchObject([
      { rule: 'required-headings', message: 'The body is missing the heading "## Context"', line: 5 },
    ]);
    const withoutLast = body('## Context').replace(/## What we would do differently\n\nText.\n$/, '');
    expect(found(`${withoutLast}More text.\n`)).toMatchObject([
      {
        message: 'The body is missing the heading "## What we would do differently"',
        line: withoutLast.split('\n').length,
      },
    ]);
  });
});

describe('the personal data detectors', () => {
  const kinds = (text: string) => findPersonalData(text).map((finding) => [finding.kind, finding.match]);

  it.each([
    ['a London number', 'Ring 020 7946 0958 today', '020 7946 0958'],
    ['a London number with +44', 'Ring +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['a number with +44 (0)', 'Ring +44 (0)20 7946 0958 today', '+44 (0)20 7946 0958'],
    ['a London number grouped as 0207', 'Ring 0207 946 0958 today', '0207 946 0958'],
    ['a bracketed area code', 'Ring (0161) 496 0000 today', '(0161) 496 0000'],
    ['a bracketed London code', 'Ring (020) 7946 0958 today', '(020) 7946 0958'],
    ['a number inside brackets', 'the office (0161 496 0000) said', '0161 496 0000'],
    ['a four-digit area code', 'Ring 01632 960123 today', '01632 960123'],
    ['a mobile', 'Ring 07700 900123 today', '07700 900123'],
    ['a mobile in threes', 'Ring 07700 900 123 today', '07700 900 123'],
    ['a mobile with hyphens', 'Ring 07700-900-123 today', '07700-900-123'],
    ['a mobile without spaces', 'Ring 07700900123.', '07700900123'],
    ['a number broken over two lines', 'Ring 0161\n496 0000 today', '0161\n496 0000'],
  ])('finds %s', (_name, text, match) => {
    expect(kinds(text)).toEqual([['phone', match]]);
  });

  it.each([
    ['an ISO date after DOB', 'DOB 2012-03-12', 'DOB 2012-03-12'],
    ['an ISO date after born', 'She was born 2012-03-12 in Leeds', 'born 2012-03-12'],
    ['a date after "date of birth is"', 'Date of birth is 12/03/2012.', 'Date of birth is 12/03/2012'],
    ['a date written in words', 'born on the 12th of March 2012', 'born on the 12th of March 2012'],
    ['a date written month first', 'D.O.B.: March 12, 2012', 'D.O.B.: March 12, 2012'],
  ])('finds %s', (_name, text, match) => {
    expect(kinds(text)).toEqual([['date-of-birth', match]]);
  });

  it.each([
    ['years and a range', 'From 2019-2022 results rose each year, and again in 2023/24.'],
    ['percentages and decimals', 'Attendance rose from 91.2% to 95.05%, a gain of 0.1234 points.'],
    ['a six-digit URN', 'Example Primary School (URN 100001) and URN 012345.'],
    ['cohort sizes', 'A cohort of 1,200 pupils, 120 in Year 6 and 0 exclusions.'],
    ['dates of events', 'Training on 2023-09-12 and 12/03/2024, reviewed 1 March 2024.'],
    ['a birth word far from a date', 'Pupils born in 2012 joined in September 2023-09-01.'],
    ['a year after born', 'Pupils born in 2012 are now in Year 7.'],
    ['office numbers', 'Call the DfE on 0370 000 2288 or 0800 123 4567.'],
    ['an ISBN', 'See ISBN 978-0-14-103614-4 and doi 10.1234/5678901234.'],
    ['dates written with zeros', 'Terms began 01/09/2022, 01.09.2023 and 01-09-2024.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('where a problem in a code block is reported', () => {
  it('gives the line within the block, after the opening fence', () => {
    expect(problems('Intro\n\n```\nfirst line\nUPN A123456789012\n```')).toEqual([
      { rule: 'personal-data-upn', line: 5 },
    ]);
    expect(problems('> Quote\n>\n> ~~~text\n> A123456789012\n> ~~~')).toEqual([{ rule: 'personal-data-upn', line: 4 }]);
    expect(problems('- item\n\n  ```\n  A123456789012\n  ```')).toEqual([{ rule: 'personal-data-upn', line: 4 }]);
  });
});

describe('image paths', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'commons-images-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'public/images/diagrams'), { recursive: true });
  for (const name of ['chart.png', 'Photo One.JPG', 'diagrams/cycle.webp', 'logo.svg', 'notes.txt', '100%.png'])
    writeFileSync(path.join(root, 'public/images', name), 'image');
  writeFileSync(path.join(root, 'secret.png'), 'not an image of the site');
  symlinkSync(path.join(root, 'secret.png'), path.join(root, 'public/images/linked.png'));
  const rules = (src: string) =>
    inspectBody(parseBody(`![A chart](${src})`, 0), { lineOffset: 0, root }).map((problem) => problem.rule);

  it.each([
    '/images/chart.png',
    '/images/Photo%20One.JPG',
    '/images/diagrams/cycle.webp',
    '/images/./diagrams/../chart.png',
    '/images/chart.png?v=2',
    '/images/100%25.png',
  ])('accepts %s', (src) => {
    expect(rules(src)).toEqual([]);
  });

  it.each([
    ['/images/diagrams', 'image-not-file'],
    ['/images/diagrams/', 'image-not-file'],
    ['/images/', 'image-location'],
    ['/images/../../package.json', 'image-location'],
    ['/images/%2e%2e/%2e%2e/package.json', 'image-location'],
    ['/images/..%2F..%2Fsecret.png', 'image-location'],
    ['/images/..\\secret.png', 'image-location'],
    ['/images/linked.png', 'image-location'],
    ['/media/chart.png', 'image-location'],
    ['chart.png', 'image-location'],
    ['//example.org/chart.png', 'remote-image'],
    ['/\\example.org/chart.png', 'image-location'],
    ['HTTPS://example.org/chart.png', 'remote-image'],
    ['/images/%E0%A4%A.png', 'image-path'],
    ['/images/logo.svg', 'image-type'],
    ['/images/missing.svg', 'image-type'],
    ['/images/notes.txt', 'image-type'],
    ['/images/missing.png', 'image-missing'],
  ])('refuses %s (%s)', (src, rule) => {
    expect(rules(src)).toEqual([rule]);
  });

  it('says why an SVG is refused and what to use instead', () => {
    const [problem] = inspectBody(parseBody('![Logo](/images/logo.svg)', 0), { lineOffset: 0, root });
    expect(problem?.message).toMatch(/SVG, which can carry code/);
    expect(problem?.fix).toMatch(/Export the image as a PNG or JPEG/);
  });
});
