/** A problem in a contribution's body, with where it is and how to fix it. */
export class BodyError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly fix: string;
  /** The checker's name for the rule, when it is more than the parser's syntax error. */
  readonly rule: string | undefined;

  constructor(message: string, line: number | undefined, column: number | undefined, fix: string, rule?: string) {
    super(message);
    this.name = 'BodyError';
    this.line = line;
    this.column = column;
    this.fix = fix;
    this.rule = rule;
  }
}

/** Said of a { } in a body, whether the parser reads what is inside as code or cannot read it at all. */
export const EXPRESSION_PROBLEM = {
  message: 'Curly-brace expressions { } are not allowed',
  fix: 'Remove the braces, or write \\{ to show a brace as text.',
} as const;
