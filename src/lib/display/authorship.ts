/**
 * Who wrote a case study, said the same way on its page, in its citation and in the feeds: an
 * organisation's own account and the Commons' summary of public reports read differently, and a
 * reader must never take one for the other.
 */
import type { CollectionEntry } from 'astro:content';
import { reviewTitle } from './labels.ts';
import { site } from '../site.ts';

type Study = Pick<CollectionEntry<'caseStudies'>['data'], 'writtenBy' | 'review'>;

export const writtenByCommons = (study: Pick<Study, 'writtenBy'>): boolean => study.writtenBy === 'commons';

/**
 * What a list adds beside the organisation's name: nothing for its own account, and the page's note,
 * shortened, for a summary the Commons wrote.
 */
export const listedAuthorship = (study: Pick<Study, 'writtenBy'>): string[] =>
  writtenByCommons(study) ? ['Summarised by the Commons'] : [];

/**
 * The contributor's headings a summary by the Commons shows in its own voice: it tells what the
 * organisation did, and "we" would read as the Commons. The file keeps the headings every case
 * study has, so the checker's rule is the same for all.
 */
export const COMMONS_HEADINGS: Readonly<Record<string, string>> = {
  'What we did': 'What they did',
  'What we would do differently': 'What they would do differently',
};

/** The author to name: the Commons for its own summaries, otherwise the organisation that did the work. */
export const caseStudyAuthor = (study: Pick<Study, 'writtenBy'>, organisation: string): string =>
  writtenByCommons(study) ? site.name : organisation;

/**
 * The review status in words. A summary by the Commons reports figures that are the organisation's
 * own, but no organisation reported them here, so "self-reported" would mislead.
 */
export const reviewText = (study: Study): string =>
  writtenByCommons(study) && study.review === 'self-reported'
    ? 'Compiled from public reports'
    : reviewTitle(study.review);
