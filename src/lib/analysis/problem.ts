/** One thing wrong with a contribution: where it is, which field, what is wrong and how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path of the file from the project folder, e.g. content/case-studies/x.mdx. */
  file: string;
  line: number;
  column: number;
  /** The field path, e.g. impact[0].cohort; '' for problems with the file or its body. */
  field: string;
  /** A short name for the rule, stable for tools (json output, tests). */
  rule: string;
  message: string;
  fix: string;
}

/** impact.0.cohort → impact[0].cohort */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
