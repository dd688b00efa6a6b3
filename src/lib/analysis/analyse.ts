/**
 * Everything that can be said about one contribution file from the file alone: its YAML, its
 * fields, its body. References to other entries are collected here and resolved by the caller,
 * so an analysis depends only on the file's text and can be cached by its digest.
 */
import type { z } from 'astro/zod';
import { BodyError } from '../body/errors.ts';
import { inspectBody } from '../body/inspect.ts';
import { parseBody } from '../body/parse.ts';
import { bodyWordCount } from '../body/words.ts';
import { findPersonalDataInField } from '../body/personal-data.ts';
import { isoDate } from '../text/dates.ts';
import { parseYaml, splitFrontmatter, yamlProblemText } from './files.ts';
import { markedReference } from '../../schemas/common.ts';
import { collectionSpecs, type CollectionSpec } from '../../schemas/index.ts';
import { entryLinks, type EntryLink } from './entry-links.ts';
import { didYouMean, optionMeant } from './nearest.ts';
import { locator, type Locate } from './positions.ts';
import { formatPath, type Problem } from './problem.ts';
import { descriptionAt, findReferences, isListOfValues, knownKeysAt, type FoundReference } from './schema-shape.ts';

/** Bodies shorter than this many words get a warning: a reader needs more to act on. */
export const SHORT_BODY_WORDS = 80;

/**
 * The longest body a page can hold within its weight budget (CONTENT_PAGE_BUDGET in
 * src/lib/built/budgets.ts, 40 KB of HTML and CSS). A case study with a body of 9,557 characters
 * and six impact charts, the most its schema allows, built to 38.8 KB; this leaves room for a
 * longer list of sources. The longest body published so far is under 5,000 characters.
 */
export const MAX_BODY_CHARACTERS = 8_000;

export interface FileAnalysis {
  problems: Problem[];
  references: FoundReference[];
  /** Links in the body to other entries' pages. */
  links?: EntryLink[];
  /** The ids listed in redirectFrom, by their index in the list. */
  redirects: string[];
  /** When an evidence summary was last reviewed, and where: its warning depends on the day the check runs. */
  lastReviewed?: { date: string; line: number; column: number };
}

const schemaCache = new Map<string, z.ZodType>();
const markedSchema = (spec: CollectionSpec) => {
  let schema = schemaCache.get(spec.name);
  if (!schema) schemaCache.set(spec.name, (schema = spec.schema(markedReference)));
  return schema;
};

/** The YAML part of a file and where it starts, for locating fields. */
export function yamlOf(spec: CollectionSpec, text: string) {
  const split = spec.extension === '.mdx' ? splitFrontmatter(text) : undefined;
  return { split, yaml: split ? split.frontmatter : text, yamlOffset: split ? 1 : 0 };
}

export function analyseFile(spec: CollectionSpec, file: string, text: string, root: string): FileAnalysis {
  const analysis = analyseText(spec, file, text, root);
  // What is missing at the end of a file (a closing bracket, the text after the fields) is found
  // a line past it; it is shown on the last line, where an editor can go.
  if (analysis.problems.length > 0) {
    const lastLine = text.replace(/\r?\n$/, '').split('\n').length;
    for (const problem of analysis.problems) problem.line = Math.min(problem.line, lastLine);
  }
  return analysis;
}

function analyseText(spec: CollectionSpec, file: string, text: string, root: string): FileAnalysis {
  const problems: Problem[] = [];
  const result: FileAnalysis = { problems, references: [], redirects: [] };
  const fileProblem = (rule: string, message: string, fix: string, line = 1, column = 1) =>
    problems.push({ severity: 'error', file, line, column, field: '', rule, message, fix });

  const { split, yaml: yamlText, yamlOffset } = yamlOf(spec, text);
  if (split && !split.hasFrontmatter) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
      fileProblem(
        'frontmatter-unclosed',
        'The fields at the top are not closed: there is no second --- line',
        'Add a line of three hyphens (---) after the last field, before the text.',
      );
    } else {
      fileProblem(
        'no-frontmatter',
        'The file has no frontmatter',
        'Start it with a line of three hyphens (---), the fields, and another --- line. See npm run new.',
      );
    }
    return result;
  }
  // Only blank lines and comments.
  if (!/^\s*[^\s#]/m.test(yamlText)) {
    fileProblem(
      'empty',
      'The file has no fields',
      'Start from the template: npm run new, or copy an existing entry.',
      1 + yamlOffset,
    );
    return result;
  }
  const yaml = parseYaml(yamlText, yamlOffset);
  const [yamlProblem] = yaml.problems;
  if (yamlProblem) {
    const { message, fix } = yamlProblemText(yamlProblem);
    fileProblem(yamlProblem.rule ?? 'yaml', message, fix, yamlProblem.line, yamlProblem.column);
    return result;
  }
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    fileProblem(
      'yaml-shape',
      'The fields must be written as "name: value" lines',
      'See an existing entry, or start from npm run new.',
      1 + yamlOffset,
    );
    return result;
  }
  const data = yaml.data as Record<string, unknown>;
  const schema = markedSchema(spec);
  const locate = locator(yamlText, yamlOffset);
  const parsed = schema.safeParse(data, { reportInput: true });
  const kind = parsed.success ? undefined : kindOfFields(spec, Object.keys(data));
  if (kind) {
    problems.push({
      severity: 'error',
      file,
      ...locate([]),
      field: '',
      rule: 'wrong-folder',
      message: `This looks like ${withArticle(kind.label.singular)}, not ${withArticle(spec.label.singular)}: most of its fields are ${withArticle(kind.label.singular)}\u2019s`,
      fix: `Move it to content/${kind.path}/.`,
    });
  } else if (!parsed.success) {
    problems.push(
      ...issuesToProblems(parsed.error.issues, { file, schema, locate, label: withArticle(spec.label.singular) }),
    );
  }
  problems.push(...personalDataInFields(file, data, locate));
  result.references = findReferences(schema, data);
  if (Array.isArray(data['redirectFrom'])) result.redirects = data['redirectFrom'].map(String);
  if (parsed.success) {
    const value = parsed.data as Record<string, unknown>;
    if (value['lastReviewed'] instanceof Date) {
      result.lastReviewed = { date: isoDate(value['lastReviewed']), ...locate(['lastReviewed']) };
    }
    if (spec.name === 'caseStudies' && Array.isArray(value['evidence']) && value['evidence'].length === 0) {
      problems.push({
        severity: 'warning',
        file,
        ...locate(['evidence']),
        field: 'evidence',
        rule: 'no-evidence',
        message: 'The case study links no evidence summary',
        fix: 'Add the ids of the evidence summaries the work drew on, so readers can weigh it.',
      });
    }
  }
  if (split) problems.push(...checkBody(spec, file, split.body, split.bodyLineOffset, root, result));
  return result;
}

/**
 * Personal data about pupils in the fields, which are published as they are (the need, the summary,
 * an impact measure's source, a school's name...). Web addresses are left to their own rules.
 */
function personalDataInFields(file: string, data: unknown, locate: Locate): Problem[] {
  const found: Problem[] = [];
  // One path, extended and shortened as the walk goes, and copied only for a finding.
  const at: PropertyKey[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      for (const finding of findPersonalDataInField(at[at.length - 1], value)) {
        found.push({
          severity: 'error',
          file,
          ...locate([...at]),
          field: formatPath(at),
          rule: finding.rule,
          message: finding.message,
          fix: finding.fix,
        });
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      at.push(key);
      visit(item);
      at.pop();
    }
  };
  visit(data);
  return found;
}

interface IssueContext {
  file: string;
  schema: z.ZodType;
  locate: Locate;
  /** The kind of entry, with its article: "a case study". */
  label: string;
}

/** "a case study", "an evidence summary". */
const withArticle = (label: string) => `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;

const fieldsOf = new Map<CollectionSpec, Set<string>>();
const fits = (spec: CollectionSpec, keys: readonly string[]) => {
  const known = fieldsOf.get(spec) ?? new Set(knownKeysAt(markedSchema(spec), []));
  fieldsOf.set(spec, known);
  return keys.filter((key) => known.has(key)).length;
};

/**
 * The kind of entry a file's fields belong to, when fewer than half are fields of its folder's kind
 * and three in four are another's: a case study saved among the evidence summaries would otherwise
 * get a problem for each of its fields, and none would say where it belongs.
 */
function kindOfFields(spec: CollectionSpec, keys: readonly string[]): CollectionSpec | undefined {
  if (fits(spec, keys) * 2 >= keys.length) return undefined;
  return collectionSpecs.find((other) => other !== spec && other.extension && fits(other, keys) * 4 >= keys.length * 3);
}

/** Whether a path leads to an entry itself: the file's fields, or an item of a file that lists entries (the themes). */
const isEntry = (path: readonly PropertyKey[]) =>
  path.length === 0 || (path.length === 1 && typeof path[0] === 'number');

/** The issues of a parse made with `reportInput: true`, so that a wrong value can be matched to the one meant. */
export function issuesToProblems(issues: z.core.$ZodIssue[], { file, schema, locate, label }: IssueContext): Problem[] {
  // Zod goes on to check the size of a value of the wrong type: after "must be text, not a list"
  // comes "needs at least 5 items", about a list that should not be there. Only the first is true.
  const wrongType = new Set(issues.flatMap((issue) => (issue.code === 'invalid_type' ? [formatPath(issue.path)] : [])));
  const meaningful = issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(formatPath(issue.path)));
  return meaningful.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return {
          severity: 'error',
          file,
          ...locate([...issue.path, key]),
          field: formatPath([...issue.path, key]),
          rule: 'unknown-field',
          message: `"${key}" is not a field ${isEntry(issue.path) ? `of ${label}` : `of ${formatPath(issue.path)}`}`,
          fix: suggestion ? `Did you mean ${suggestion}?` : `Remove it. The fields are: ${known.join(', ')}.`,
        };
      });
    }
    const params = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined) : undefined;
    const meant = optionMeant(issue);
    const list = issue.code === 'invalid_type' && issue.expected === 'array' ? asList(schema, issue) : undefined;
    const number = issue.code === 'invalid_type' && issue.expected === 'number' ? numberAlone(issue.input) : undefined;
    return [
      {
        severity: 'error',
        file,
        ...locate(issue.path),
        field: formatPath(issue.path),
        rule: params?.rule ?? issue.code,
        message: issue.message,
        fix: meant
          ? `Did you mean ${meant}?`
          : (list ?? number ?? descriptionAt(schema, issue.path) ?? 'See the contributor reference for this field.'),
      },
    ];
  });
}

/** "42" for "42%", "10" for "10 pupils", "2000" for "£2,000": a number written with its unit or in words. */
function numberAlone(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const [digits] = /-?\d[\d,]*(?:\.\d+)?/.exec(input) ?? [];
  if (digits === undefined) return undefined;
  return `Write the number alone, with no units or words: ${digits.replaceAll(',', '')}`;
}

/** "phase: secondary" for "phase: [secondary]": how to write one value as a list, when the list holds single values. */
function asList(schema: z.ZodType, issue: z.core.$ZodIssue): string | undefined {
  const { input } = issue;
  if ((typeof input !== 'string' && typeof input !== 'number') || !isListOfValues(schema, issue.path)) return undefined;
  return String(input).includes(',')
    ? 'Write the items in square brackets, separated by commas: [first, second]. Put an item with a comma of its own in double quotes.'
    : `Write it in square brackets, even when there is only one: [${input}]`;
}

/** The problems of a body; the links to other entries it finds go into `analysis`, to be resolved with the references. */
function checkBody(
  spec: CollectionSpec,
  file: string,
  body: string,
  lineOffset: number,
  root: string,
  analysis: FileAnalysis,
): Problem[] {
  /** A problem of the body, placed where it was found or else on the body's first line. */
  const problem = (
    rule: string,
    message: string,
    fix: string,
    { line, column }: { line?: number | undefined; column?: number | undefined } = {},
    severity: Problem['severity'] = 'error',
  ): Problem => ({ severity, file, line: line ?? lineOffset + 1, column: column ?? 1, field: '', rule, message, fix });
  if (body.trim() === '') {
    const fix = spec.requiredHeadings
      ? `Write the sections ${spec.requiredHeadings.map((h) => `## ${h}`).join(', ')}.`
      : 'Write the text in Markdown below the second --- line.';
    return [problem('empty-body', 'The file has frontmatter but no text after it', fix)];
  }
  if (body.length > MAX_BODY_CHARACTERS) {
    return [
      problem(
        'body-too-long',
        `The text is ${body.length.toLocaleString('en-GB')} characters long; a page can hold ${MAX_BODY_CHARACTERS.toLocaleString('en-GB')}`,
        'Keep to what another school needs in order to act (about 1,300 words at most), and link to the full report in sources.',
      ),
    ];
  }
  try {
    const tree = parseBody(body, lineOffset);
    analysis.links = entryLinks(tree, lineOffset);
    const problems = inspectBody(tree, {
      lineOffset,
      root,
      ...(spec.requiredHeadings ? { requiredHeadings: spec.requiredHeadings } : {}),
    }).map((found) => problem(found.rule, found.message, found.fix, found));
    const words = bodyWordCount(tree, SHORT_BODY_WORDS);
    if (words < SHORT_BODY_WORDS) {
      problems.push(
        problem(
          'short-body',
          `The text is very short (${words} words)`,
          'Readers need enough detail to act on: aim for at least a few paragraphs.',
          {},
          'warning',
        ),
      );
    }
    return problems;
  } catch (error) {
    if (error instanceof BodyError) return [problem(error.rule ?? 'syntax', error.message, error.fix, error)];
    throw error;
  }
}
