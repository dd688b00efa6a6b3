/**
 * How a trust's size is told, on its page and in its card. A school entered on its own has no count
 * to give, and a count that means something narrower says what it counts.
 */
import type { CollectionEntry } from 'astro:content';
import { plural, regionTitle, trustKindTitle } from './labels.ts';

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
