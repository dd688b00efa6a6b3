import { describe, expect, it } from 'vitest';
import { organisationData } from '../../../src/lib/display/trust-facts.ts';
import { trustSchema } from '../../../src/schemas/trust.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { fixtureData, withChange } from '../fixtures.ts';

const trust = (change: (data: Record<string, unknown>) => Record<string, unknown> = (data) => data) =>
  trustSchema(plainReference).parse(change(fixtureData('valid/trust.yaml')));
const page = new URL('https://example.org/trusts/example-learning-trust/');

describe("an organisation's schema.org data", () => {
  it('says what it is, where it works and how to reach it', () => {
    expect(organisationData(trust(), page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'EducationalOrganization',
      name: 'Example Learning Trust',
      description: 'A trust of twelve primary and secondary schools across the north-west of England.',
      url: 'https://example.org',
      mainEntityOfPage: 'https://example.org/trusts/example-learning-trust/',
      areaServed: [{ '@type': 'AdministrativeArea', name: 'North West' }],
      email: 'enquiries@example.org',
    });
  });

  it('gives a contact page as a contact point, not an email address', () => {
    const data = organisationData(
      trust((d) => withChange(d, ['contact'], 'https://example.org/contact')),
      page,
    );
    expect(data).not.toHaveProperty('email');
    expect(data).toMatchObject({ contactPoint: { '@type': 'ContactPoint', url: 'https://example.org/contact' } });
  });

  it.each([
    ['school', 'School'],
    ['local-authority', 'GovernmentOrganization'],
    ['other', 'Organization'],
  ])('describes a %s as a schema.org %s', (kind, type) => {
    expect(
      organisationData(
        trust((d) => withChange(d, ['kind'], kind)),
        page,
      )['@type'],
    ).toBe(type);
  });
});
