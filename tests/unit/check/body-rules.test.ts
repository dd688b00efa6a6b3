import { describe, expect, it } from 'vitest';
import { inspectBody } from '../../../src/lib/body/inspect.ts';
import { parseBody } from '../../../src/lib/body/parse.ts';

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
  });
});
