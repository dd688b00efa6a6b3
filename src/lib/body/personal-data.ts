/**
 * Personal data about pupils that must never appear in a public case study. Each detector
 * says what it found and why it matters; the text it matched is never echoed in full.
 */
export interface PersonalDataFinding {
  kind: 'upn' | 'date-of-birth' | 'email' | 'phone';
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
  /^(info|enquiries|enquiry|office|admin|contact|hello|support|communications|comms|press|media|reception|schooloffice|governance|hr|finance)@/i;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\s+\\d{4})`;

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
    pattern: new RegExp(`\\b(?:date of birth|d\\.?o\\.?b\\.?|born(?: on)?)\\b\\W{0,3}${DATE}`, 'gi'),
    message: `This looks like a date of birth. ${WHY}`,
    fix: 'Remove the date. Give ages or year groups for the group instead.',
  },
  {
    kind: 'email',
    maybe: /@/,
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    keep: (match) => !ROLE_MAILBOXES.test(match),
    message: `This looks like a personal email address. ${WHY}`,
    fix: 'Remove it. Point readers to the trust page, which gives a role address or contact page.',
  },
  {
    kind: 'phone',
    maybe: /\d{3}/,
    // UK mobile and landline numbers, with or without +44 and spaces.
    pattern: /(?<![\d])(?:\+44\s?\(?0?\)?\s?|0)(?:7\d{3}|[12]\d{2,3})[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])/g,
    message: `This looks like a phone number. ${WHY}`,
    fix: 'Remove it. Point readers to the trust page for contact details.',
  },
];

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const detector of detectors) {
    if (!detector.maybe.test(text)) continue;
    for (const match of text.matchAll(detector.pattern)) {
      if (detector.keep && !detector.keep(match[0])) continue;
      findings.push({
        kind: detector.kind,
        index: match.index,
        match: match[0],
        message: detector.message,
        fix: detector.fix,
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
