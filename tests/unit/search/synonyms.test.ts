import { describe, expect, it } from 'vitest';
import { otherForms } from '../../../src/lib/search/synonyms.ts';
import { withoutAlso } from '../../../src/lib/search/also.ts';

describe('the other forms of the terms an entry uses, for search', () => {
  it('gives the long form of an abbreviation, and the abbreviation of a long form', () => {
    expect(otherForms('Raising KS2 attainment')).toEqual(['key stage 2']);
    expect(otherForms('Pupils at the end of Key Stage 2 sat the tests.')).toEqual(['KS2']);
    expect(otherForms('Support for pupils with special educational needs')).toEqual(['SEND']);
  });

  it('gives nothing for a term the entry already uses in every form', () => {
    expect(otherForms('KS2 (key stage 2) results')).toEqual([]);
    expect(otherForms('A school with no such terms')).toEqual([]);
  });

  it('reads plurals, hyphens and any case in a written-out form', () => {
    expect(otherForms('Suspensions fell by half.')).toEqual(['fixed-term exclusion', 'fixed-period exclusion']);
    expect(otherForms('fixed term exclusions')).toEqual(['suspension', 'fixed-period exclusion']);
    expect(otherForms('BEHAVIOUR policy')).toEqual(['behavior']);
    expect(otherForms('a multi academy trust')).toEqual(['MAT']);
  });

  it('matches an abbreviation only as written, and never inside a longer word', () => {
    expect(otherForms('We send a letter home.')).toEqual([]);
    expect(otherForms('The mat by the door; a real deal.')).toEqual([]);
    expect(otherForms('Year 10 pupils')).toEqual(['Y10']);
    expect(otherForms('Y10 pupils')).toEqual(['Year 10']);
    expect(otherForms('maths lessons')).toEqual(['math', 'mathematics']);
  });
});

describe('an excerpt of a page found by one of its other forms', () => {
  it('ends where the list of other forms begins', () => {
    expect(withoutAlso('pupils sat the <mark>tests</mark>. \u2045 <mark>KS2</mark>. EAL \u2046')).toBe(
      'pupils sat the <mark>tests</mark>.',
    );
  });

  it('is empty when it is all the list, and whole when the list is not in it', () => {
    expect(withoutAlso('<mark>KS2</mark>. EAL \u2046')).toBe('');
    expect(withoutAlso('pupils sat the <mark>tests</mark>.')).toBe('pupils sat the <mark>tests</mark>.');
  });
});
