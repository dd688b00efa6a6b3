/**
 * The contribution checker: every file in content/ against the schema modules, the body rules
 * and the references between entries. It never throws on bad input: every problem becomes a
 * Problem with a file, a line, a field and a fix.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { inspectBody } from '../body/inspect.ts';
import { BodyError } from '../body/errors.ts';
import { parseBody } from '../body/parse.ts';
import { parseYaml, splitFrontmatter } from '../content/files.ts';
import { idSchema, ID_PATTERN, type CollectionName, type ReferenceFactory } from '../../schemas/common.ts';
import { EVIDENCE_REVIEW_YEARS } from '../../schemas/evidence.ts';
import { collectionSpecs, type CollectionSpec } from '../../schemas/index.ts';
import { themeSchema } from '../../schemas/theme.ts';
import { didYouMean, nearest } from './nearest.ts';
import { locate } from './positions.ts';
import { formatPath, type Problem } from './problem.ts';
import { readContribution } from './read.ts';
import { descriptionAt, knownKeysAt } from './schema-shape.ts';

export interface CheckOptions {
  /** The project folder (the one holding content/). */
  root: string;
  /** Check only these files fully (paths from the project folder); ids of all files are still read. */
  only?: ReadonlySet<string>;
  /** Today, for the age of evidence reviews. */
  today?: Date;
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
}

/** Bodies shorter than this many words get a warning: a reader needs more to act on. */
export const SHORT_BODY_WORDS = 80;

export type Ids = Record<CollectionName, Set<string>>;

const IGNORED = new Set(['.gitkeep', 'README.md']);

/** A reference that knows which ids exist, so a missing one is an issue at its own path. */
export const checkedReference =
  (ids: Ids): ReferenceFactory =>
  (collection) => {
    const spec = collectionSpecs.find((candidate) => candidate.name === collection)!;
    return idSchema.superRefine((id, ctx) => {
      if (ID_PATTERN.test(id) && !ids[collection].has(id)) {
        const close = nearest(id, ids[collection]);
        ctx.addIssue({
          code: 'custom',
          params: { rule: 'missing-reference' },
          message: `there is no ${spec.label.singular.toLowerCase()} "${id}"${close.length ? `. Nearest: ${close.join(', ')}` : ''}`,
        });
      }
    });
  };

export function checkContent(options: CheckOptions): CheckResult {
  const { root } = options;
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const fileProblem = (
    file: string,
    rule: string,
    message: string,
    fix: string,
    line = 1,
    column = 1,
    severity: Problem['severity'] = 'error',
  ) => problems.push({ severity, file, line, column, field: '', rule, message, fix });

  // First pass: which entries exist. References are checked against these ids.
  const ids = Object.fromEntries(collectionSpecs.map((spec) => [spec.name, new Set<string>()])) as Ids;
  const files: { spec: CollectionSpec; file: string }[] = [];
  for (const spec of collectionSpecs) {
    if (!spec.extension) continue;
    const folder = path.join(root, 'content', spec.path);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      fileProblem(`content/${spec.path}/`, 'missing-folder', 'The folder is missing', `Create content/${spec.path}/.`);
      continue;
    }
    for (const name of names) {
      if (IGNORED.has(name)) continue;
      const file = `content/${spec.path}/${name}`;
      const id = name.slice(0, name.length - path.extname(name).length);
      if (path.extname(name) !== spec.extension) {
        fileProblem(
          file,
          'wrong-extension',
          `This is not a ${spec.extension} file, so it would not become a page`,
          `Each ${spec.label.singular.toLowerCase()} is one ${spec.extension} file in content/${spec.path}/: rename it to ${ID_PATTERN.test(id) ? id : 'an-id'}${spec.extension}, or remove it.`,
        );
        continue;
      }
      if (!ID_PATTERN.test(id)) {
        const suggestion = id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^[^a-z]+|-+$/g, '');
        fileProblem(
          file,
          'file-name',
          `"${name}" is not a valid file name`,
          `Use lower-case words joined by hyphens, starting with a letter${suggestion ? `, for example ${suggestion}${spec.extension}` : ''}.`,
        );
        continue;
      }
      ids[spec.name].add(id);
      files.push({ spec, file });
    }
  }
  const themesFile = 'content/themes.yaml';
  const themes = checkThemes(root, themesFile, problems);
  themes.forEach((id) => ids.themes.add(id));

  const reference = checkedReference(ids);
  const schemas = new Map(collectionSpecs.map((spec) => [spec.name, spec.schema(reference)]));
  const redirects = new Map<string, string>();
  let filesChecked = 1;

  for (const { spec, file } of files) {
    if (options.only && !options.only.has(file)) continue;
    filesChecked++;
    const read = readContribution(path.join(root, file));
    if ('problem' in read) {
      fileProblem(file, read.problem.rule, read.problem.message, read.problem.fix);
      continue;
    }
    const split = spec.extension === '.mdx' ? splitFrontmatter(read.text) : undefined;
    if (split && !split.hasFrontmatter) {
      fileProblem(
        file,
        'no-frontmatter',
        'The file has no frontmatter',
        'Start it with a line of three hyphens (---), the fields, and another --- line. See npm run new.',
      );
      continue;
    }
    const yamlOffset = split ? 1 : 0;
    const yaml = parseYaml(split ? split.frontmatter : read.text, yamlOffset);
    if (yaml.problems.length > 0) {
      for (const problem of yaml.problems.slice(0, 1)) {
        fileProblem(
          file,
          'yaml',
          `The YAML could not be read: ${problem.message}`,
          'Check the indentation, colons and quotes on this line.',
          problem.line,
          problem.column,
        );
      }
      continue;
    }
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      fileProblem(
        file,
        'yaml-shape',
        'The fields must be written as "name: value" lines',
        'See an existing entry for the layout.',
        1 + yamlOffset,
      );
      continue;
    }
    const schema = schemas.get(spec.name)!;
    const result = schema.safeParse(yaml.data);
    if (!result.success) {
      problems.push(
        ...issuesToProblems(result.error.issues, {
          file,
          schema,
          yaml,
          lineOffset: yamlOffset,
          label: spec.label.singular.toLowerCase(),
        }),
      );
    }
    const data = yaml.data as Record<string, unknown>;
    // redirectFrom keeps old links working, so an old id must not be taken by another entry.
    if (Array.isArray(data['redirectFrom'])) {
      data['redirectFrom'].forEach((old, index) => {
        if (typeof old !== 'string') return;
        const where = locate(yaml.document, yaml.lines, ['redirectFrom', index], yamlOffset);
        const field = `redirectFrom[${index}]`;
        const clash = ids[spec.name].has(old) ? `the entry ${old}` : redirects.get(`${spec.name}/${old}`);
        if (clash) {
          problems.push({
            severity: 'error',
            file,
            ...where,
            field,
            rule: 'redirect-collision',
            message: `"${old}" is already used by ${clash}`,
            fix: 'An old address can lead to only one entry. Remove it from this list.',
          });
        }
        redirects.set(`${spec.name}/${old}`, file);
      });
    }
    if (result.success)
      problems.push(...warnings(spec, file, result.data as Record<string, unknown>, yaml, yamlOffset, today));
    if (split) problems.push(...checkBody(spec, file, split.body, split.bodyLineOffset, root));
  }
  return { problems: sortProblems(problems), filesChecked };
}

interface IssueContext {
  file: string;
  schema: z.ZodType;
  yaml: ReturnType<typeof parseYaml>;
  lineOffset: number;
  label: string;
}

function issuesToProblems(issues: z.core.$ZodIssue[], context: IssueContext): Problem[] {
  const { file, schema, yaml, lineOffset, label } = context;
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return {
          severity: 'error',
          file,
          ...locate(yaml.document, yaml.lines, [...issue.path, key], lineOffset),
          field: formatPath([...issue.path, key]),
          rule: 'unknown-field',
          message: `"${key}" is not a field ${issue.path.length ? `of ${formatPath(issue.path)}` : `of a ${label}`}`,
          fix: suggestion ? `Did you mean ${suggestion}?` : `Remove it. The fields are: ${known.join(', ')}.`,
        };
      });
    }
    const rule =
      issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule
        ? (issue.params as { rule: string }).rule
        : issue.code;
    return [
      {
        severity: 'error',
        file,
        ...locate(yaml.document, yaml.lines, issue.path, lineOffset),
        field: formatPath(issue.path),
        rule,
        message: issue.message,
        fix: descriptionAt(schema, issue.path) ?? 'See the contributor reference for this field.',
      },
    ];
  });
}

function warnings(
  spec: CollectionSpec,
  file: string,
  data: Record<string, unknown>,
  yaml: ReturnType<typeof parseYaml>,
  lineOffset: number,
  today: Date,
): Problem[] {
  const found: Problem[] = [];
  const warn = (field: string, rule: string, message: string, fix: string) =>
    found.push({
      severity: 'warning',
      file,
      ...locate(yaml.document, yaml.lines, [field], lineOffset),
      field,
      rule,
      message,
      fix,
    });
  if (spec.name === 'evidence' && data['lastReviewed'] instanceof Date) {
    const due = new Date(data['lastReviewed']);
    due.setUTCFullYear(due.getUTCFullYear() + EVIDENCE_REVIEW_YEARS);
    if (due < today) {
      warn(
        'lastReviewed',
        'review-overdue',
        `The summary was last reviewed more than ${EVIDENCE_REVIEW_YEARS} years ago`,
        'Check the figures against the sources again and update lastReviewed.',
      );
    }
  }
  if (spec.name === 'caseStudies' && Array.isArray(data['evidence']) && data['evidence'].length === 0) {
    warn(
      'evidence',
      'no-evidence',
      'The case study links no evidence summary',
      'Add the ids of the evidence summaries the work drew on, so readers can weigh it.',
    );
  }
  return found;
}

function checkBody(spec: CollectionSpec, file: string, body: string, lineOffset: number, root: string): Problem[] {
  const at = (line: number | undefined, column: number | undefined) => ({
    line: line ?? lineOffset + 1,
    column: column ?? 1,
  });
  if (body.trim() === '') {
    return [
      {
        severity: 'error',
        file,
        ...at(lineOffset + 1, 1),
        field: '',
        rule: 'empty-body',
        message: 'The file has frontmatter but no text after it',
        fix: spec.requiredHeadings
          ? `Write the sections ${spec.requiredHeadings.map((h) => `## ${h}`).join(', ')}.`
          : 'Write the summary in Markdown below the second --- line.',
      },
    ];
  }
  try {
    const tree = parseBody(body, lineOffset);
    const problems: Problem[] = inspectBody(tree, {
      lineOffset,
      root,
      ...(spec.requiredHeadings ? { requiredHeadings: spec.requiredHeadings } : {}),
    }).map((problem) => ({
      severity: 'error',
      file,
      ...at(problem.line, problem.column),
      field: '',
      rule: problem.rule,
      message: problem.message,
      fix: problem.fix,
    }));
    const words = body.split(/\s+/).filter(Boolean).length;
    if (words < SHORT_BODY_WORDS) {
      problems.push({
        severity: 'warning',
        file,
        ...at(lineOffset + 1, 1),
        field: '',
        rule: 'short-body',
        message: `The text is very short (${words} words)`,
        fix: 'Readers need enough detail to act on: aim for at least a few paragraphs.',
      });
    }
    return problems;
  } catch (error) {
    if (error instanceof BodyError) {
      return [
        {
          severity: 'error',
          file,
          ...at(error.line, error.column),
          field: '',
          rule: 'syntax',
          message: error.message,
          fix: error.fix,
        },
      ];
    }
    throw error;
  }
}

function checkThemes(root: string, file: string, problems: Problem[]): string[] {
  const read = readContribution(path.join(root, file));
  if ('problem' in read) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      field: '',
      rule: read.problem.rule,
      message: read.problem.message,
      fix: read.problem.fix,
    });
    return [];
  }
  const yaml = parseYaml(read.text);
  const [yamlProblem] = yaml.problems;
  if (yamlProblem) {
    problems.push({
      severity: 'error',
      file,
      line: yamlProblem.line,
      column: yamlProblem.column,
      field: '',
      rule: 'yaml',
      message: `The YAML could not be read: ${yamlProblem.message}`,
      fix: 'Check the indentation, colons and quotes on this line.',
    });
    return [];
  }
  if (!Array.isArray(yaml.data)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      column: 1,
      field: '',
      rule: 'yaml-shape',
      message: 'The themes must be a list',
      fix: 'Start each theme with "- id: …".',
    });
    return [];
  }
  const ids: string[] = [];
  yaml.data.forEach((theme: unknown, index) => {
    const result = themeSchema.safeParse(theme);
    if (!result.success) {
      problems.push(
        ...issuesToProblems(
          result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })) as z.core.$ZodIssue[],
          { file, schema: themeSchema.array(), yaml, lineOffset: 0, label: 'theme' },
        ),
      );
      return;
    }
    if (ids.includes(result.data.id)) {
      problems.push({
        severity: 'error',
        file,
        ...locate(yaml.document, yaml.lines, [index, 'id']),
        field: `[${index}].id`,
        rule: 'duplicate-id',
        message: `The theme id "${result.data.id}" is used twice`,
        fix: 'Each theme needs its own id.',
      });
    }
    ids.push(result.data.id);
  });
  return ids;
}

const sortProblems = (problems: Problem[]) =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
