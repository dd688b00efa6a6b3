/**
 * The search filters: one place that says which facets exist, how each entry fills them, and how
 * their values are named. Entry pages write them into the page for Pagefind; the search page reads
 * the labels to show them.
 */
import type { CollectionEntry } from 'astro:content';
import { phases } from '../../schemas/phases.ts';
import { regions } from '../../schemas/regions.ts';
import { reviewStatuses } from '../../schemas/case-study.ts';
import type { Card } from '../display/cards.ts';
import { isoDate } from '../text/dates.ts';

export const facetKeys = ['type', 'phase', 'region', 'theme', 'strength', 'review', 'support'] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface Facets {
  filters: Partial<Record<FacetKey, string[]>>;
  /** Shown with each result. */
  meta: Record<string, string>;
  /** A YYYY-MM-DD date to sort by, where the entry has one. */
  date?: string;
}

export const facetTitles: Record<FacetKey, string> = {
  type: 'Type',
  phase: 'Phase',
  region: 'Region',
  theme: 'Theme',
  strength: 'Evidence strength',
  review: 'Review',
  support: 'Support',
};

/**
 * The types of entry that never have a phase or a region, as the functions below fill them. A filter
 * on either leaves them all out, which a reader would not expect of evidence that applies to every
 * phase, so the search page says so. (That an evidence strength leaves out case studies goes without saying.)
 */
export const typesWithout: Partial<Record<FacetKey, string[]>> = {
  phase: ['evidence', 'playbook', 'trust'],
  region: ['evidence', 'playbook'],
};

/** Labels for every facet value; themes come from the content. */
export function facetLabels(
  themes: { id: string; data: { title: string } }[],
): Record<FacetKey, Record<string, string>> {
  const byId = (list: readonly { id: string; title: string }[]) =>
    Object.fromEntries(list.map((item) => [item.id, item.title]));
  return {
    type: { 'case-study': 'Case studies', evidence: 'Evidence summaries', playbook: 'Playbooks', trust: 'Trusts' },
    phase: byId(phases),
    region: byId(regions),
    theme: Object.fromEntries(themes.map((theme) => [theme.id, theme.data.title])),
    strength: Object.fromEntries([0, 1, 2, 3, 4, 5].map((n) => [String(n), `${n} of 5`])),
    review: byId(reviewStatuses),
    support: { yes: 'Trust offers support' },
  };
}

/** Facts shown with a result are the ones its card shows in lists. */
/** The date is meta as well as a sort key: the search page merges the index's parts by it. */
const fromCard = (card: Card, filters: Facets['filters'], date?: Date): Facets => {
  const meta = { kind: card.kind, facts: card.meta.join(' \u00b7 ') };
  return date ? { filters, meta: { ...meta, date: isoDate(date) }, date: isoDate(date) } : { filters, meta };
};

export const caseStudyFacets = (entry: CollectionEntry<'caseStudies'>, card: Card): Facets =>
  fromCard(
    card,
    {
      type: ['case-study'],
      phase: [...entry.data.phase],
      region: [entry.data.region],
      theme: entry.data.themes.map((ref) => ref.id),
      review: [entry.data.review],
      ...(entry.data.offersSupport ? { support: ['yes'] } : {}),
    },
    entry.data.published,
  );

export const evidenceFacets = (entry: CollectionEntry<'evidence'>, card: Card): Facets =>
  fromCard(
    card,
    { type: ['evidence'], theme: entry.data.themes.map((ref) => ref.id), strength: [String(entry.data.strength)] },
    entry.data.lastReviewed,
  );

export const playbookFacets = (entry: CollectionEntry<'playbooks'>, card: Card): Facets =>
  fromCard(card, { type: ['playbook'], theme: entry.data.themes.map((ref) => ref.id) }, entry.data.updated);

export const trustFacets = (entry: CollectionEntry<'trusts'>, card: Card): Facets =>
  fromCard(card, {
    type: ['trust'],
    region: [...entry.data.regions],
    theme: entry.data.supportOffered.map((ref) => ref.id),
    ...(entry.data.supportOffered.length > 0 ? { support: ['yes'] } : {}),
  });
