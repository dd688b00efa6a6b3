/**
 * How large and how deep one contribution may be. A pull request is code from a stranger, so the
 * checker and the build refuse anything past these before the expensive work starts: no file can
 * tie up a check or exhaust its memory. The contributor reference lists them from here.
 */
export interface Limit {
  value: number;
  /** The limit as a contributor reads it in the reference and in a refusal. */
  describe: string;
}

export const limits = {
  fileBytes: {
    value: 1024 * 1024,
    describe: 'A case study, evidence summary, playbook or trust file is at most 1 MB of text.',
  },
  imageBytes: {
    value: 500 * 1024,
    describe: 'An image in public/images/ is at most 500 KB.',
  },
  yamlNesting: {
    value: 10,
    describe:
      'Fields nest at most 10 levels deep (a list inside a group inside a list counts three). Real entries use four at most.',
  },
  bodyNesting: {
    value: 50,
    describe: 'Quotes, lists and components in the text sit at most 50 levels inside one another.',
  },
  bodyExpressions: {
    value: 5,
    describe:
      'Braces { } in the text, and tags written inside them, sit at most 5 inside one another, outside code. The text uses braces only for notes that are never shown, {/* like this */}.',
  },
  analysisSeconds: {
    value: 10,
    describe:
      'The checker spends at most 10 seconds on one file (an ordinary file takes a few thousandths of a second); a file that takes longer is refused, and the others are still checked.',
  },
} as const satisfies Record<string, Limit>;
