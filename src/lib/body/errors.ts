/** A problem in a contribution's body, with where it is and how to fix it. */
export class BodyError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly fix: string;

  constructor(message: string, line: number | undefined, column: number | undefined, fix: string) {
    super(message);
    this.name = 'BodyError';
    this.line = line;
    this.column = column;
    this.fix = fix;
  }
}

/** Said of a { } in a body, whether the parser reads what is inside as code or cannot read it at all. */
export const EXPRESSION_PROBLEM = {
  message: 'Curly-brace expressions { } are not allowed',
  fix: 'Remove the braces, or write \\{ to show a brace as text.',
} as const;
