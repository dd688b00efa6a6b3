import { describe, expect, it } from 'vitest';
import { plainReference } from '../../../src/schemas/common.ts';
import { evidenceSchema } from '../../../src/schemas/evidence.ts';
import { fixtureData, withChange } from '../fixtures.ts';
import { expectIssue, firstIssue } from '../schema-helpers.ts';

const schema = evidenceSchema(plainReference);
const valid = fixtureData('valid/evidence.mdx');

describe('evidence schema', () => {
  it('accepts the valid fixture', () => {
    expect(firstIssue(schema, valid)).toBeUndefined();
  });

  it('accepts an unknown impact as null', () => {
    expect(firstIssue(schema, withChange(valid, ['impactMonths'], null))).toBeUndefined();
  });

  it.each([
    ['an impact beyond a year', ['impactMonths'], 13, 'impactMonths', /at most 12/],
    ['a missing impact', ['impactMonths'], undefined, 'impactMonths', /is required/],
    ['strength 6', ['strength'], 6, 'strength', /at most 5/],
    ['a fractional strength', ['strength'], 2.5, 'strength', /whole number/],
    ['cost 0', ['cost'], 0, 'cost', /at least 1/],
    ['no sources', ['sources'], [], 'sources', /at least 1/],
    ['a source with neither url nor doi', ['sources', 0, 'doi'], undefined, 'sources.0', /needs a url or a doi/],
    ['a DOI written as a link', ['sources', 0, 'doi'], 'https://doi.org/10.1/x', 'sources.0.doi', /bare DOI/],
    ['an unknown kind of source', ['sources', 0, 'kind'], 'blog', 'sources.0.kind', /is not allowed\. Use one of:/],
    [
      'authors split at their commas',
      ['sources', 0, 'authors'],
      ['Example', 'A.', 'Sample', 'B.'],
      'sources.0.authors.1',
      /initials split from a surname/,
    ],
    ['authors as one string', ['sources', 0, 'authors'], 'Example, A.', 'sources.0.authors', /must be a list/],
    ['a short question', ['question'], 'Does it work?', 'question', /at least 20/],
    ['an unknown field', ['impact'], 5, '', /does not use: impact/],
  ] as const)('refuses %s', (_name, path, value, issuePath, message) => {
    expectIssue(schema, withChange(valid, [...path], value), issuePath, message);
  });
});
