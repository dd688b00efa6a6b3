/**
 * content/themes.yaml, the one contribution that is a list rather than an entry: read and checked
 * whole, for the checker and for the themes' loader, which asks only once the list fails to load.
 */
import path from 'node:path';
import { themeSchema } from '../../schemas/theme.ts';
import { issuesToProblems } from './analyse.ts';
import { parseYaml, yamlProblemText } from './files.ts';
import { locator } from './positions.ts';
import type { Problem } from './problem.ts';
import { readContribution } from './read.ts';

/** The problems of content/themes.yaml, added to `problems`; returns the ids it lists. */
export function checkThemes(root: string, problems: Problem[]): string[] {
  const file = 'content/themes.yaml';
  const read = readContribution(path.join(root, file));
  const problem = (rule: string, message: string, fix: string, line = 1, column = 1) =>
    problems.push({ severity: 'error', file, line, column, field: '', rule, message, fix });
  if ('problem' in read) {
    problem(read.problem.rule, read.problem.message, read.problem.fix);
    return [];
  }
  const yaml = parseYaml(read.text);
  const [yamlProblem] = yaml.problems;
  if (yamlProblem) {
    const { message, fix } = yamlProblemText(yamlProblem);
    problem(yamlProblem.rule ?? 'yaml', message, fix, yamlProblem.line, yamlProblem.column);
    return [];
  }
  if (!Array.isArray(yaml.data)) {
    problem('yaml-shape', 'The themes must be a list', 'Start each theme with "- id: …".');
    return [];
  }
  const locate = locator(read.text, 0);
  const schema = themeSchema.array();
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (!result.success)
    problems.push(...issuesToProblems(result.error.issues, { file, schema, locate, label: 'a theme' }));
  const ids: string[] = [];
  yaml.data.forEach((theme: unknown, index) => {
    const id = (theme as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (ids.includes(id)) {
      problems.push({
        severity: 'error',
        file,
        ...locate([index, 'id']),
        field: `[${index}].id`,
        rule: 'duplicate-id',
        message: `The theme id "${id}" is used twice`,
        fix: 'Each theme needs its own id.',
      });
    }
    ids.push(id);
  });
  return ids;
}
