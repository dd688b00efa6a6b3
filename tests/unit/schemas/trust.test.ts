import { describe, expect, it } from 'vitest';
import { plainReference } from '../../../src/schemas/common.ts';
import { trustSchema } from '../../../src/schemas/trust.ts';
import { fixtureData, withChange } from '../fixtures.ts';
import { expectIssue, firstIssue } from '../schema-helpers.ts';

const schema = trustSchema(plainReference);
const valid = fixtureData('valid/trust.yaml');

describe('trust schema', () => {
  it('accepts the valid fixture', () => {
    expect(firstIssue(schema, valid)).toBeUndefined();
  });

  it('accepts a contact page instead of an address', () => {
    expect(firstIssue(schema, withChange(valid, ['contact'], 'https://example.org/contact'))).toBeUndefined();
  });

  it.each([
    ['a website over http', ['website'], 'http://example.org', 'website', /https:\/\//],
    [
      'a contact that is neither address nor page',
      ['contact'],
      'ring the office',
      'contact',
      /role email address .* or a contact page/,
    ],
    ['no schools', ['schoolsCount'], 0, 'schoolsCount', /at least 1/],
    ['an about of a few words', ['about'], 'A trust.', 'about', /at least 40/],
    ['an unknown kind', ['kind'], 'academy', 'kind', /is not allowed\. Use one of:/],
    ['no regions', ['regions'], [], 'regions', /at least 1/],
    ['an unknown region', ['regions', 0], 'wales', 'regions.0', /is not allowed\. Use one of:/],
  ] as const)('refuses %s', (_name, path, value, issuePath, message) => {
    expectIssue(schema, withChange(valid, [...path], value), issuePath, message);
  });
});
