/**
 * Words a reader may search for in another form than an entry uses: "KS2" for "Key Stage 2",
 * "behavior" for "behaviour", the old "fixed-term exclusion" for "suspension". Pagefind matches
 * only the words a page holds, so each entry page carries the other forms of the terms it uses,
 * hidden from readers and screen readers, for the index alone (src/components/SearchAlso.astro),
 * and the search page leaves them out of its excerpts (src/lib/search/also.ts).
 */

/** Each group is one meaning, in the forms English schools write it. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['KS1', 'key stage 1'],
  ['KS2', 'key stage 2'],
  ['KS3', 'key stage 3'],
  ['KS4', 'key stage 4'],
  ['KS5', 'key stage 5'],
  ['EYFS', 'early years foundation stage'],
  ['SEND', 'special educational needs'],
  ['SENCO', 'SENDCo', 'special educational needs coordinator'],
  ['EAL', 'English as an additional language'],
  ['FSM', 'free school meals'],
  ['MAT', 'multi-academy trust'],
  ['CPD', 'professional development'],
  ['EEF', 'Education Endowment Foundation'],
  ['DfE', 'Department for Education'],
  ['behaviour', 'behavior'],
  ['maths', 'math', 'mathematics'],
  ['suspension', 'fixed-term exclusion', 'fixed-period exclusion'],
  ['Y1', 'Year 1'],
  ['Y2', 'Year 2'],
  ['Y3', 'Year 3'],
  ['Y4', 'Year 4'],
  ['Y5', 'Year 5'],
  ['Y6', 'Year 6'],
  ['Y7', 'Year 7'],
  ['Y8', 'Year 8'],
  ['Y9', 'Year 9'],
  ['Y10', 'Year 10'],
  ['Y11', 'Year 11'],
];

interface Form {
  form: string;
  group: number;
  /** Two capitals or more (KS2, DfE): matched only as written, so that "send" the verb is not SEND. */
  abbreviation: boolean;
}

/** A form as the text may write it: any case, a space or a hyphen between words. */
const key = (text: string) => text.toLowerCase().replace(/-/g, ' ');

const forms = new Map<string, Form>(
  SYNONYMS.flatMap((group, index) =>
    group.map((form): [string, Form] => [
      key(form),
      { form, group: index, abbreviation: (form.match(/[A-Z]/g) ?? []).length >= 2 },
    ]),
  ),
);

// Every form in one pattern, so that a page's text is read once, whatever the number of forms.
const ANY_FORM = new RegExp(
  `\\b(?:${[...forms.values()].map(({ form }) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]')).join('|')})s?\\b`,
  'gi',
);

/** The form a match is, if it is one: as written for an abbreviation, with or without a plural s. */
function formOf(match: string): Form | undefined {
  for (const candidate of [match, match.replace(/s$/i, '')]) {
    const form = forms.get(key(candidate));
    if (form && (!form.abbreviation || form.form === candidate)) return form;
  }
  return undefined;
}

/** The forms of each term the text uses that the text does not itself use, to be indexed with it. */
export function otherForms(text: string): string[] {
  const used = new Set<string>();
  for (const [match] of text.matchAll(ANY_FORM)) {
    const form = formOf(match);
    if (form) used.add(form.form);
  }
  const groups = new Set([...used].map((form) => forms.get(key(form))!.group));
  return [...groups].flatMap((group) => SYNONYMS[group]!.filter((form) => !used.has(form)));
}

/** An entry's own words as search reads them: its fields and body, but not its sources, which search leaves out. */
export const wordsOf = (entry: { data: object; body?: string | undefined }): string =>
  `${JSON.stringify({ ...entry.data, sources: undefined })}\n${entry.body ?? ''}`;
