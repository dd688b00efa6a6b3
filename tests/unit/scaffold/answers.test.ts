import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../src/lib/body/personal-data.ts';
import { convert, flagProblem, personalDataIn, sentence } from '../../../src/lib/scaffold/answers.ts';
import type { Question } from '../../../src/lib/scaffold/questions.ts';
import { phases } from '../../../src/schemas/phases.ts';
import { regions } from '../../../src/schemas/regions.ts';

const themes: Question = {
  flag: 'themes',
  path: ['themes'],
  kind: 'choices',
  label: 'Themes',
  choices: [
    { id: 'reading', title: 'Reading' },
    { id: 'oracy', title: 'Oracy' },
  ],
};
const authors: Question = { flag: 'source-authors', path: ['sources', 0, 'authors'], kind: 'list', label: 'Authors' };

describe('answers to list questions', () => {
  it.each(['[]', ' [ ] ', ''])('take %j as the empty list, as the field descriptions say to write', (raw) => {
    expect(convert(themes, raw)).toEqual({ value: [] });
    expect(convert(authors, raw)).toEqual({ value: [] });
  });

  it('take items inside brackets as if the brackets were not there', () => {
    expect(convert(themes, '[reading, oracy]')).toEqual({ value: ['reading', 'oracy'] });
    expect(convert(authors, '[Smith, A.; Jones, B.]')).toEqual({ value: ['Smith, A.', 'Jones, B.'] });
  });

  it('take choices by their number in the list shown', () => {
    expect(convert(themes, '2,1')).toEqual({ value: ['oracy', 'reading'] });
  });
});

const region: Question = { flag: 'region', path: ['region'], kind: 'choice', label: 'Region', choices: [...regions] };
const phase: Question = { flag: 'phase', path: ['phase'], kind: 'choices', label: 'Phase', choices: [...phases] };

describe('answers to questions with choices', () => {
  it.each([
    ['Yorkshire and the Humber', 'yorkshire-and-the-humber'],
    ['South West', 'south-west'],
    ['south west', 'south-west'],
    ['  LONDON ', 'london'],
    ['yorkshire-and-the-humber', 'yorkshire-and-the-humber'],
    ['3', 'yorkshire-and-the-humber'],
  ])('take %j, as listed or as its id, as %s', (raw, id) => {
    expect(convert(region, raw)).toEqual({ value: id });
  });

  it('take several by title, separated by commas, and still by spaces between ids or numbers', () => {
    expect(convert(phase, 'Secondary, Post-16')).toEqual({ value: ['secondary', 'post-16'] });
    expect(convert(themes, 'Reading, oracy')).toEqual({ value: ['reading', 'oracy'] });
    expect(convert(themes, 'reading oracy')).toEqual({ value: ['reading', 'oracy'] });
    expect(convert(themes, '1 2')).toEqual({ value: ['reading', 'oracy'] });
  });

  it('keep a pick that matches nothing as typed, for the schema to refuse with its suggestion', () => {
    expect(convert(region, 'Yorkshire')).toEqual({ value: 'Yorkshire' });
    expect(convert(themes, 'reading, maths')).toEqual({ value: ['reading', 'maths'] });
  });

  it('refuse several answers where one is wanted', () => {
    expect(convert(region, 'London, South East')).toEqual({ error: 'must be just one from the list' });
  });
});

describe('errors in words', () => {
  it.each([
    ['must be yes or no', 'That answer must be yes or no.'],
    ['is required', 'That answer is required.'],
    ['there is no theme "maths". Nearest: mathematics', 'There is no theme "maths". Nearest: mathematics.'],
    ['"South" is not allowed. Use one of: south-west', '"South" is not allowed. Use one of: south-west.'],
    ['This looks like a phone number. Remove it.', 'This looks like a phone number. Remove it.'],
  ])('make %j a sentence of its own', (error, said) => {
    expect(sentence(error)).toBe(said);
  });

  it('put the flag in front of each', () => {
    expect(flagProblem('duration', 'must be a number')).toBe('--duration must be a number');
    expect(flagProblem('region', '"South" is not allowed')).toBe('--region "South" is not allowed');
    expect(flagProblem('trust', 'there is no trust "x"')).toBe('--trust: There is no trust "x"');
  });
});

describe('personal data in an answer', () => {
  const summary: Question = { flag: 'summary', path: ['summary'], kind: 'text', label: 'Summary' };
  const contact: Question = { ...summary, flag: 'contact', path: ['contact'] };

  it.each([
    ['Call 07700 900123 for details of the scheme.', 'phone'],
    ['One pupil, DOB 12/03/2012, made rapid progress.', 'date-of-birth'],
    ['Pupil A123456789012 made rapid progress.', 'upn'],
    ['Write to jo.bloggs@example.org for the materials.', 'email'],
  ])('is refused in prose, in the checker’s own words: %j', (text, kind) => {
    const [finding] = findPersonalData(text);
    expect(finding?.kind).toBe(kind);
    expect(personalDataIn(summary, text)).toBe(`${finding!.message} ${finding!.fix}`);
  });

  it('is looked for in each item of a list, and not in an address, which has its own rules', () => {
    expect(personalDataIn(authors, ['Smith, A.', 'Ring 020 7946 0958'])).toMatch(/^This looks like a phone number/);
    expect(personalDataIn(contact, 'https://example.org/contact/020-7946-0958')).toBeUndefined();
    expect(personalDataIn(summary, 'Attendance rose from 91.2% to 95.8% in 2023-24.')).toBeUndefined();
  });
});

describe('a name that is not in the list', () => {
  const trust: Question = { flag: 'trust', path: ['trust'], kind: 'choice', label: 'Trust', choices: [] };
  it('is taken as the id its words make, so that the answer is about the entry, not about how ids are written', () => {
    expect(convert(trust, 'Oak Hill Academy Trust')).toEqual({ value: 'oak-hill-academy-trust' });
  });
});
