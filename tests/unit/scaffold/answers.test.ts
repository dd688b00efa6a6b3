import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/lib/scaffold/answers.ts';
import type { Question } from '../../../src/lib/scaffold/questions.ts';

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
