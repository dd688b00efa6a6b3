import { ReportedError } from '../analysis/reported-error.ts';

/**
 * A contribution the site cannot build from, reported as the checker reports it: file, line,
 * field, what is wrong and how to fix it. The loader and the link graph both throw it.
 */
export interface FileProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string;
  message: string;
  fix: string;
}

const describe = ({ file, line, column, field, message, fix }: FileProblem) =>
  `${line === undefined ? file : `${file}:${line}:${column ?? 1}`}  ${field ? `${field}  ` : ''}${message}\n  How to fix: ${fix}`;

/** A contributor's mistake, not the program's: Astro is given the contributor's file as the place. */
export class ContentFileError extends ReportedError {
  /** Where Astro says the problem is; left out when no line is known, which Astro would show as line 0. */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(problems: readonly [FileProblem, ...FileProblem[]]) {
    super(problems.map(describe).join('\n'));
    const [{ file, line, column }] = problems;
    this.loc = line === undefined ? undefined : { file, line, column: column ?? 1 };
  }
}

/**
 * What to throw for content the site cannot build from: the errors among `problems` (which may hold
 * the checker's warnings too), or `otherwise` when there are none.
 */
export function refusal(
  problems: readonly (FileProblem & { severity?: 'error' | 'warning' })[],
  otherwise: unknown,
): unknown {
  const [first, ...rest] = problems.filter((problem) => problem.severity !== 'warning');
  return first ? new ContentFileError([first, ...rest]) : otherwise;
}

/** An error as the dev server logs it while it watches: a contributor's mistake without a stack, the site's own with one. */
export const loggedError = (error: unknown): string =>
  error instanceof Error ? error.stack || error.message : String(error);
