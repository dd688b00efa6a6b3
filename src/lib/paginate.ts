import type { PaginateFunction, Params, Props } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { caseStudyCard } from './cards.ts';
import type { SiteData } from './content/site-data.ts';

/** Index pages list this many entries before they paginate. */
export const PAGE_SIZE = 50;

/** A sidebar lists at most this many related entries, then links to the full list. */
export const SIDEBAR_LIMIT = 8;

/**
 * A list of case studies as pages of cards, PAGE_SIZE to a page: the case studies of a phase, a
 * region, a theme (with or without a phase), a trust, an evidence summary or a playbook.
 */
export const caseStudyPages = <P extends Props, A extends Params>(
  paginate: PaginateFunction,
  data: SiteData,
  studies: readonly CollectionEntry<'caseStudies'>[],
  params: A,
  props: P,
) =>
  paginate(
    studies.map((study) => caseStudyCard(study, data)),
    { pageSize: PAGE_SIZE, params, props },
  );
