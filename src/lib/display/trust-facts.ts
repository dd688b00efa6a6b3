/**
 * What is told of a trust beyond its own fields: its size, on its page and in its card (a school
 * entered on its own has no count to give, and a count that means something narrower says what it
 * counts), its label beside a case study, and its schema.org data.
 */
import type { CollectionEntry } from 'astro:content';
import { trustKinds } from '../../schemas/trust.ts';
import { plural, regionTitle, trustKindTitle } from './labels.ts';
import { contactHref } from '../text/markup.ts';

type Trust = CollectionEntry<'trusts'>['data'];

/** "17 schools", "149 schools (partner schools in 2023/24)", or undefined for a single school. */
export function schoolsText(trust: Pick<Trust, 'kind' | 'schoolsCount' | 'schoolsCounted'>): string | undefined {
  if (trust.kind === 'school') return undefined;
  const count = plural(trust.schoolsCount, 'school');
  return trust.schoolsCounted ? `${count} (${trust.schoolsCounted})` : count;
}

/** The rest of a sentence about a trust: "with 17 schools in East Midlands", or "in North East" for a school. */
export function trustReach(trust: Pick<Trust, 'kind' | 'schoolsCount' | 'schoolsCounted' | 'regions'>): string {
  const schools = schoolsText(trust);
  return `${schools ? `with ${schools} ` : ''}in ${trust.regions.map(regionTitle).join(', ')}`;
}

/** What the organisation behind a case study is called in a label: "Trust", "School", "Local authority". */
export const trustLabel = (kind: Trust['kind']): string =>
  kind === 'multi-academy-trust' ? 'Trust' : kind === 'other' ? 'Organisation' : trustKindTitle(kind);

/**
 * The organisation in schema.org terms, as JSON-LD for its page: what it is, where it works and how
 * to reach it, for search engines and for networks that read the page's data.
 */
export function organisationData(
  trust: Pick<Trust, 'kind' | 'name' | 'about' | 'website' | 'regions' | 'contact'>,
  page: URL,
) {
  const href = contactHref(trust.contact);
  const contact = href.startsWith('mailto:')
    ? { email: trust.contact }
    : { contactPoint: { '@type': 'ContactPoint', url: href } };
  return {
    '@context': 'https://schema.org',
    '@type': trustKinds.find((kind) => kind.id === trust.kind)!.schemaType,
    name: trust.name,
    description: trust.about,
    url: trust.website,
    mainEntityOfPage: page.href,
    areaServed: trust.regions.map((region) => ({ '@type': 'AdministrativeArea', name: regionTitle(region) })),
    ...contact,
  };
}
