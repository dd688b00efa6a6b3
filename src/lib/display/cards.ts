/** How each kind of entry is summarised in a list: one place, used by every index. */
import type { CollectionEntry } from 'astro:content';
import { trustLabel, trustReach } from './trust-facts.ts';
import { entryCount, formatMonths, phaseTitle, plural, regionTitle, trustKindTitle } from './labels.ts';
import type { SiteData } from '../content/site-data.ts';
import { workYears } from './impact.ts';
import { listedAuthorship } from './authorship.ts';
import { entryPage } from '../../schemas/index.ts';

export interface Card {
  href: string;
  title: string;
  summary: string;
  kind: string;
  meta: string[];
}

export const caseStudyCard = (entry: CollectionEntry<'caseStudies'>, data: SiteData): Card => ({
  href: entryPage('caseStudies', entry.id),
  title: entry.data.title,
  summary: entry.data.summary,
  kind: 'Case study',
  meta: [
    data.trust.get(entry.data.trust.id)?.data.name ?? entry.data.trust.id,
    entry.data.phase.map(phaseTitle).join(', '),
    regionTitle(entry.data.region),
    workYears(entry.data.impact),
    // In a list as on its page, a summary by the Commons is never taken for the organisation's own account.
    ...listedAuthorship(entry.data),
  ],
});

export const evidenceCard = (entry: CollectionEntry<'evidence'>): Card => ({
  href: entryPage('evidence', entry.id),
  title: entry.data.title,
  summary: entry.data.summary,
  kind: 'Evidence summary',
  meta: [
    `Impact ${formatMonths(entry.data.impactMonths)}`,
    `Evidence strength ${entry.data.strength} of 5`,
    `Cost ${entry.data.cost} of 5`,
  ],
});

export const playbookCard = (entry: CollectionEntry<'playbooks'>): Card => ({
  href: entryPage('playbooks', entry.id),
  title: entry.data.title,
  summary: entry.data.summary,
  kind: 'Playbook',
  meta: [plural(entry.data.steps.length, 'step'), `Version ${entry.data.version}`],
});

export const trustCard = (entry: CollectionEntry<'trusts'>, data: SiteData): Card => ({
  href: entryPage('trusts', entry.id),
  title: entry.data.name,
  summary: entry.data.about,
  kind: trustLabel(entry.data.kind),
  meta: [
    `${trustKindTitle(entry.data.kind)} ${trustReach(entry.data)}`,
    entryCount('caseStudies', data.graph.caseStudiesByTrust(entry.id).length),
    entry.data.supportOffered.length > 0 ? 'Offers support' : '',
  ].filter(Boolean),
});
