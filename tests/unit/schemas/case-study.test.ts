import { describe, expect, it } from 'vitest';
import { caseStudySchema } from '../../../src/schemas/case-study.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { fixtureData, withChange } from '../fixtures.ts';
import { expectIssue, firstIssue } from '../schema-helpers.ts';

const schema = caseStudySchema(plainReference);
const valid = fixtureData('valid/case-study.mdx');

describe('case study schema', () => {
  it('accepts the valid fixture', () => {
    expect(firstIssue(schema, valid)).toBeUndefined();
  });

  it('fills in defaults for optional lists and the licence', () => {
    const minimal = ['schools', 'playbooks', 'sources', 'redirectFrom', 'licence', 'updated'].reduce(
      (data, key) => withChange(data, [key], undefined),
      withChange(
        withChange(withChange(valid, ['review'], 'self-reported'), ['reviewedBy'], undefined),
        ['reviewedOn'],
        undefined,
      ),
    );
    const parsed = schema.parse(minimal) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      schools: [],
      playbooks: [],
      sources: [],
      redirectFrom: [],
      licence: 'CC-BY-4.0',
      writtenBy: 'contributor',
    });
  });

  it.each([
    ['an unknown field', ['titel'], 'A title', '', /does not use: titel/],
    ['a short title', ['title'], 'Too short', 'title', /at least 10/],
    ['a long summary', ['summary'], 'x'.repeat(301), 'summary', /at most 300/],
    ['a region that is not one of the nine', ['region'], 'yorkshire', 'region', /is not allowed\. Use one of:/],
    ['a phase that does not exist', ['phase', 0], 'infant', 'phase.0', /is not allowed\. Use one of:/],
    ['no phase', ['phase'], [], 'phase', /at least 1/],
    ['six themes', ['themes'], ['a', 'b', 'c', 'd', 'e', 'f'], 'themes', /at most 5/],
    ['a theme id with capitals', ['themes', 0], 'Reading', 'themes.0', /lower-case words/],
    ['a five-digit URN', ['schools', 0, 'urn'], 12345, 'schools.0.urn', /6-digit/],
    [
      'an unknown way of identifying need',
      ['identifiedBy', 0],
      'gut-feeling',
      'identifiedBy.0',
      /is not allowed\. Use one of:/,
    ],
    ['no impact measure', ['impact'], [], 'impact', /at least 1/],
    ['a cohort of zero', ['impact', 0, 'cohort'], 0, 'impact.0.cohort', /greater than 0/],
    ['a fractional cohort', ['impact', 0, 'cohort'], 12.5, 'impact.0.cohort', /whole number/],
    ['a percentage over 100', ['impact', 0, 'result'], 140, 'impact.0.result', /between 0 and 100/],
    ['a period that ends before it starts', ['impact', 0, 'to'], '2021-01-01', 'impact.0.to', /on or after "from"/],
    ['an unknown unit', ['impact', 0, 'unit'], 'grades', 'impact.0.unit', /is not allowed\. Use one of:/],
    ['a date that is not a date', ['published'], 'last spring', 'published', /^must be a real date written as YYYY-MM-DD$/],
    [
      'a date written day first',
      ['published'],
      '23/11/2026',
      'published',
      /^must be written as YYYY-MM-DD: for "23\/11\/2026" write 2026-11-23$/,
    ],
    ['offersSupport as text', ['offersSupport'], 'yes', 'offersSupport', /must be true or false/],
    [
      'peer review without a reviewer',
      ['reviewedBy'],
      undefined,
      'reviewedBy',
      /needed when review is "peer-reviewed"/,
    ],
    ['an unknown licence', ['licence'], 'MIT', 'licence', /is not allowed\. Use one of:/],
    ['an unknown author', ['writtenBy'], 'editors', 'writtenBy', /is not allowed\. Use one of:/],
    ['an unknown direction for a measure', ['impact', 0, 'better'], 'up', 'impact.0.better', /is not allowed/],
    ['a note too short to explain anything', ['impact', 0, 'note'], 'See text', 'impact.0.note', /at least 10/],
    [
      'a source over http',
      ['sources', 0, 'url'],
      'http://example.org/report',
      'sources.0.url',
      /^must be a full web address starting with https:\/\/: write https:\/\/example\.org\/report$/,
    ],
    [
      'a source address without https://',
      ['sources', 0, 'url'],
      'www.example.org',
      'sources.0.url',
      /^must be a full web address starting with https:\/\/: write https:\/\/www\.example\.org$/,
    ],
    [
      'a source address that is no address',
      ['sources', 0, 'url'],
      'the EEF website',
      'sources.0.url',
      /^must be a full web address starting with https:\/\/$/,
    ],
    ['an updated date before publication', ['updated'], '2023-01-01', 'updated', /on or after "published"/],
  ] as const)('refuses %s', (_name, path, value, issuePath, message) => {
    expectIssue(schema, withChange(valid, [...path], value), issuePath, message);
  });

  it('refuses reviewer fields on a self-reported case study', () => {
    expectIssue(
      schema,
      withChange(valid, ['review'], 'self-reported'),
      'reviewedBy',
      /only goes with review: peer-reviewed/,
    );
  });

  it('accepts a summary by the Commons that cites its public reports, with notes and directions on its measures', () => {
    const summary = withChange(withChange(valid, ['writtenBy'], 'commons'), ['impact', 0, 'better'], 'lower');
    const noted = withChange(summary, ['impact', 0, 'note'], 'Pupils were chosen for being below the standard.');
    expect(firstIssue(schema, noted)).toBeUndefined();
  });

  it('refuses a summary by the Commons that cites no public report', () => {
    const summary = withChange(valid, ['writtenBy'], 'commons');
    for (const sources of [undefined, []]) {
      expectIssue(schema, withChange(summary, ['sources'], sources), 'sources', /at least one public report when writtenBy is "commons"/);
    }
  });
});
