import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { caseStudyCard } from '../../../src/lib/display/cards.ts';
import type { SiteData } from '../../../src/lib/content/site-data.ts';

const data = { trust: new Map([['north-trust', { data: { name: 'North Trust' } }]]) } as unknown as SiteData;
const study = (writtenBy: 'organisation' | 'commons') =>
  ({
    id: 'north-reading',
    data: {
      title: 'Reading at North',
      summary: 'A summary.',
      trust: { collection: 'trusts', id: 'north-trust' },
      phase: ['primary'],
      region: 'north-west',
      impact: [{ from: new Date('2023-09-01'), to: new Date('2024-07-31') }],
      writtenBy,
    },
  }) as unknown as CollectionEntry<'caseStudies'>;

describe('a case study in a list', () => {
  it('names the organisation, phase, region and years of the work', () => {
    expect(caseStudyCard(study('organisation'), data)).toEqual({
      href: '/case-studies/north-reading/',
      title: 'Reading at North',
      summary: 'A summary.',
      kind: 'Case study',
      meta: ['North Trust', 'Primary', 'North West', '2023–2024'],
    });
  });

  it('says when the Commons summarised it, so no one takes it for the organisation’s own account', () => {
    expect(caseStudyCard(study('commons'), data).meta.at(-1)).toBe('Summarised by the Commons');
  });
});
