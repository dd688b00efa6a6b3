/** The entry collections that have a paginated index, and how each is introduced and sorted. */
import { caseStudyCard, evidenceCard, playbookCard, trustCard, type Card } from './cards.ts';
import type { SiteData } from '../content/site-data.ts';

export interface Section {
  route: string;
  title: string;
  description: string;
  cards: (data: SiteData) => Card[];
}

export const sections: Section[] = [
  {
    route: 'case-studies',
    title: 'Case studies',
    description: 'What trusts and schools did, the evidence they used and the impact they measured. Newest first.',
    cards: (data) => data.caseStudies.map((entry) => caseStudyCard(entry, data)),
  },
  {
    route: 'evidence',
    title: 'Evidence summaries',
    description:
      'What research says about common approaches: average impact in months of progress, how secure the evidence is, and what it costs. A to Z.',
    cards: (data) => data.evidence.map(evidenceCard),
  },
  {
    route: 'playbooks',
    title: 'Improvement playbooks',
    description:
      'Step-by-step guides through the improvement cycle: identify the need, weigh the evidence, broker support, implement and review the impact. A to Z.',
    cards: (data) => data.playbooks.map(playbookCard),
  },
  {
    route: 'trusts',
    title: 'Trusts and organisations',
    description:
      'The trusts, local authorities and other organisations that share their work here, and the themes they offer support in. A to Z.',
    cards: (data) => data.trusts.map((entry) => trustCard(entry, data)),
  },
];
