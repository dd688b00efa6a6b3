/**
 * Personal data about pupils that must never appear in a public case study. Each detector
 * says what it found and why it matters; the text it matched is never echoed in full.
 */
export interface PersonalDataFinding {
  kind: 'upn' | 'date-of-birth' | 'email' | 'phone';
  /** The rule a problem about it is reported under, wherever it is found. */
  rule: `personal-data-${PersonalDataFinding['kind']}`;
  /** Offset of the match in the text. */
  index: number;
  /** The text matched: never shown, only compared, so one finding is not reported twice. */
  match: string;
  message: string;
  fix: string;
}

const WHY = 'A public case study must never identify a child.';

/** Addresses that belong to an office, not a person, are fine in prose. */
const ROLE_MAILBOXES =
  /^(info|enquiries|enquiry|office|admin|contact|hello|support|communications|comms|press|media|reception|schooloffice|governance|hr|finance|admissions|attendance|safeguarding|send|senco|exams|careers|headteacher|head|clerk)@/i;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A full date as people write one: 12/03/2012, 12 March 2012, March 12, 2012 or 2012-03-12. */
const DATE = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  `${DAY}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}`,
  `(?:${MONTHS})\\.?\\s+${DAY},?\\s+\\d{4}`,
  '\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}',
].join('|');
/**
 * A date counts as a date of birth only right after a word that says so ("DOB", "born on the"):
 * a year, a range such as 2019-2022 or the date of an event is not personal data.
 */
const BIRTH_DATE = `\\b(?:date of birth|birth ?date|d\\.?o\\.?b\\.?|born)\\b\\W{0,3}(?:(?:is|was|on|the)\\W{1,3}){0,3}(?:${DATE})`;

/** A space or hyphen that people put between the groups of a phone number, or nothing. */
const GAP = '[\\s-]?';
/**
 * UK numbers after the leading 0, as an area code and the rest, in the groupings people write:
 * 07700 900123, 020 7946 0958, 0207 946 0958, 0161 496 0000, 01632 960123, 016977 4567.
 * Only mobiles (07) and geographic numbers (01, 02) belong to people; 03 and 08 are offices.
 */
const UK_NUMBERS: [area: string, rest: string][] = [
  ['7\\d{3}', `\\d{3}${GAP}\\d{3}`],
  ['2\\d', `\\d{4}${GAP}\\d{4}`],
  ['2\\d{2}', `\\d{3}${GAP}\\d{4}`],
  ['1\\d{2}', `\\d{3}${GAP}\\d{4}`],
  ['1\\d{3}', `\\d{3}${GAP}\\d{3}|\\d{5,6}`],
  ['1\\d{4}', '\\d{4,5}'],
];
/** With +44 or 0 in front, or the area code in brackets: (0161) 496 0000, +44 (0)20 7946 0958. */
const PHONE = [
  `(?<![\\w.+])(?:\\+44${GAP}(?:\\(0\\)${GAP})?|0)(?:${UK_NUMBERS.map(([area, rest]) => `${area}${GAP}(?:${rest})`).join('|')})`,
  `\\(0(?:${UK_NUMBERS.map(([area, rest]) => `${area}\\)${GAP}(?:${rest})`).join('|')})`,
]
  .map((form) => `(?:${form})`)
  .join('|');

const detectors: {
  kind: PersonalDataFinding['kind'];
  /** A cheap test that rules most text out before the full pattern runs. */
  maybe: RegExp;
  pattern: RegExp;
  message: string;
  fix: string;
  keep?: (match: string) => boolean;
}[] = [
  {
    kind: 'upn',
    maybe: /\d{11}/,
    // A Unique Pupil Number: a check letter, 11 digits and a final digit or letter.
    pattern: /\b[A-Z]\d{11}[0-9A-Z]\b/g,
    message: `This looks like a Unique Pupil Number. ${WHY}`,
    fix: 'Remove the number. Describe pupils as a group, never individually.',
  },
  {
    kind: 'date-of-birth',
    maybe: /born|birth|d\.?o\.?b/i,
    pattern: new RegExp(BIRTH_DATE, 'gi'),
    message: `This looks like a date of birth. ${WHY}`,
    fix: 'Remove the date. Give ages or year groups for the group instead.',
  },
  {
    kind: 'email',
    maybe: /@/,
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    keep: (match) => !ROLE_MAILBOXES.test(match),
    // Prose has no need of an address, and one not on the list of offices may be a person's, a
    // pupil's or a parent's: it is refused, and the trust's page gives its contact instead.
    message: `This email address may be a person\u2019s, so it cannot be published in the text. ${WHY}`,
    fix: 'Remove it. Readers reach the organisation through its trust page, which gives its contact address or page.',
  },
  {
    kind: 'phone',
    maybe: /\+44|(?<!\d)\(?0[127]/,
    // Not part of a longer number or a decimal.
    pattern: new RegExp(`(?:${PHONE})(?!\\w|[.-]\\d)`, 'g'),
    message: `This looks like a phone number. ${WHY}`,
    fix: 'Remove it. Point readers to the trust page for contact details.',
  },
];

/** Every detector needs a digit (dates and numbers) or an @ (addresses): most text has neither. */
const ANY = /[\d@]/;

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  if (!ANY.test(text)) return findings;
  for (const detector of detectors) {
    if (!detector.maybe.test(text)) continue;
    for (const match of text.matchAll(detector.pattern)) {
      if (detector.keep && !detector.keep(match[0])) continue;
      findings.push({
        kind: detector.kind,
        rule: `personal-data-${detector.kind}`,
        index: match.index,
        match: match[0],
        message: detector.message,
        fix: detector.fix,
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

// Case-sensitive: an id is lower-case, and a Unique Pupil Number starts with a capital.
const PLAIN_VALUE = /^(?:[a-z][a-z0-9-]*|\d{4}-\d{2}-\d{2}|https?:\/\/\S*)$/;

/** Fields whose value may be an address by design: a trust's role contact (its schema refuses personal ones). */
const CONTACT_FIELDS = new Set(['contact']);

/**
 * The personal data in the value of a frontmatter field, named by its key: the checker's rule for
 * fields, and the scaffolder's for each answer, so that what one accepts the other does too. Ids,
 * dates and web addresses cannot hold any, and are most of the values; they are skipped.
 */
export const findPersonalDataInField = (key: PropertyKey | undefined, value: string): PersonalDataFinding[] =>
  PLAIN_VALUE.test(value) || CONTACT_FIELDS.has(String(key)) ? [] : findPersonalData(value);
