import type { PaginateFunction, Params, Props } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { caseStudyCard } from './cards.ts';
import type { SiteData } from '../content/site-data.ts';

/** Index pages list this many entries before they paginate. */
export const PAGE_SIZE = 50;

/** How many pages either side of the current one the page links show. */
const NEAR = 2;

/**
 * The page numbers a list's navigation links to: the first, the last and those near the current
 * page, with a gap where pages are left out, so that a list of hundreds of pages keeps a short
 * navigation. A gap never stands for a single page: that page's number takes no more room.
 */
export function pageLinks(current: number, last: number): (number | 'gap')[] {
  const shown = (n: number) => n === 1 || n === last || Math.abs(n - current) <= NEAR;
  const items: (number | 'gap')[] = [];
  for (let n = 1; n <= last; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) items.push(n);
    else if (items.at(-1) !== 'gap') items.push('gap');
  }
  return items;
}

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
