import { describe, expect, it } from 'vitest';
import { COMMONS_HEADINGS, caseStudyAuthor, reviewText } from '../../../src/lib/display/authorship.ts';
import { CASE_STUDY_HEADINGS } from '../../../src/schemas/case-study.ts';
import { site } from '../../../src/lib/site.ts';

describe('who a case study is by', () => {
  it('names the organisation for its own case study and the Commons for a summary of public reports', () => {
    expect(caseStudyAuthor({ writtenBy: 'contributor' }, 'Tutor Trust')).toBe('Tutor Trust');
    expect(caseStudyAuthor({ writtenBy: 'commons' }, 'Tutor Trust')).toBe(site.name);
  });

  it('never calls a summary by the Commons self-reported, and keeps a peer review as it is', () => {
    expect(reviewText({ writtenBy: 'contributor', review: 'self-reported' })).toBe('Self-reported');
    expect(reviewText({ writtenBy: 'commons', review: 'self-reported' })).toBe('Compiled from public reports');
    expect(reviewText({ writtenBy: 'commons', review: 'peer-reviewed' })).toBe('Peer-reviewed');
  });

  it('tells in its own voice only headings every case study has', () => {
    for (const heading of Object.keys(COMMONS_HEADINGS)) expect(CASE_STUDY_HEADINGS).toContain(heading);
  });
});
