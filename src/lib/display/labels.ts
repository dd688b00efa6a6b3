/** Human names for the fixed lists, taken from the schema modules that own them. */
import { betterOptions, identifiedByOptions, impactUnits, reviewStatuses } from '../../schemas/case-study.ts';
import { sourceKinds } from '../../schemas/evidence.ts';
import { phases } from '../../schemas/phases.ts';
import { audiences } from '../../schemas/playbook.ts';
import { regions } from '../../schemas/regions.ts';
import { stages } from '../../schemas/stages.ts';
import { trustKinds } from '../../schemas/trust.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { plural } from '../text/plural.ts';

const lookup = (list: readonly { id: string; title: string }[]) => {
  const map = new Map(list.map((item) => [item.id, item.title]));
  return (id: string) => map.get(id) ?? id;
};

export const phaseTitle = lookup(phases);
export const regionTitle = lookup(regions);
export const identifiedByTitle = lookup(identifiedByOptions);
export const audienceTitle = lookup(audiences);
export const stageTitle = lookup(stages);
export const trustKindTitle = lookup(trustKinds);
export const sourceKindTitle = lookup(sourceKinds);
export const reviewTitle = lookup(reviewStatuses);
export const unitTitle = lookup(impactUnits);
export const betterTitle = lookup(betterOptions);

export const costLabels = ['', 'Very low', 'Low', 'Moderate', 'High', 'Very high'] as const;
export const strengthLabels = [
  'No evidence',
  'Very limited',
  'Limited',
  'Moderate',
  'Extensive',
  'Very extensive',
] as const;

/** A figure with its unit, e.g. "18.5%" or "12 days". */
export function formatValue(value: number, unit: string): string {
  const symbol = impactUnits.find((candidate) => candidate.id === unit)?.symbol ?? '';
  return `${value.toLocaleString('en-GB')}${symbol}`;
}

export { plural } from '../text/plural.ts';

/** A count of a collection's entries in the collection's own words: "1 case study", "12 evidence summaries". */
export function entryCount(collection: CollectionName, count: number): string {
  const { label } = collectionSpec(collection);
  return plural(count, label.singular.toLowerCase(), label.plural.toLowerCase());
}

export function formatMonths(months: number | null): string {
  if (months === null) return 'Unknown';
  if (months === 0) return plural(0, 'month');
  const sign = months > 0 ? '+' : '\u2212';
  return `${sign}${plural(Math.abs(months), 'month')}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatDate = (date: Date) => dateFormat.format(date);
export const formatMonth = (date: Date) => monthFormat.format(date);
