/**
 * `npm run new` itself: which entry to write, its answers (asked, or taken from flags), and the
 * file. The script only connects this to the terminal, so tests can drive the questions too.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { checkedReference, type Ids } from '../check/check.ts';
import { optionFor, optionMeant } from '../analysis/nearest.ts';
import { formatPath } from '../analysis/problem.ts';
import { descriptionAt, schemaAt } from '../analysis/schema-shape.ts';
import { ID_PATTERN, type CollectionName } from '../../schemas/common.ts';
import { useFriendlyErrors } from '../../schemas/error-map.ts';
import { collectionSpec, entryFile, entryOfFile } from '../../schemas/index.ts';
import { choiceFor, convert, flagProblem, HOW_TO_CHOOSE, personalDataIn, sentence } from './answers.ts';
import { entryText, freeName, slug } from './files.ts';
import { usage } from './help.ts';
import { readKnownEntries, unreadableNotice } from './known.ts';
import type { Prompter } from './prompter.ts';
import {
  fixedFields,
  isKind,
  kindChoices,
  kinds,
  questionsFor,
  specOfKind,
  type Kind,
  type KnownEntries,
  type Question,
} from './questions.ts';

export interface RunOptions {
  /** The folder that holds content/. */
  root: string;
  /** The command line after `npm run new --`. */
  args: string[];
  /** Someone to ask, when there is one; without, every answer comes from a flag. */
  prompter?: Prompter | undefined;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The questions ended before the last answer: Ctrl-D, Ctrl-C, or the end of a script. */
class Stopped extends Error {}

type Route = readonly (string | number)[];

/** What every entry being written shares: where, what exists, and who answers. */
interface Context extends RunOptions {
  known: KnownEntries;
  ids: Ids;
  flags: Record<string, string | undefined>;
}

/** One entry being written. */
interface Entry {
  kind: Kind;
  schema: z.ZodType;
  questions: Question[];
  data: Record<string, unknown>;
  /** Problems with flags, reported together at the end; questions are asked again instead. */
  problems: string[];
  id?: string;
}

const sameRoute = (a: Route, b: Route) => a.length === b.length && a.every((key, index) => key === b[index]);
const startsWith = (route: Route, prefix: Route) => sameRoute(route.slice(0, prefix.length), prefix);

function getAt(target: unknown, route: Route): unknown {
  return route.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], target);
}

function setAt(target: Record<string, unknown>, route: Route, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  route.slice(0, -1).forEach((key, index) => {
    node[key] ??= typeof route[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[route.at(-1)!] = value;
}

async function ask(prompter: Prompter, question: string): Promise<string> {
  const answer = await prompter.ask(question);
  if (answer === undefined) throw new Stopped();
  return answer;
}

/** The prompt for one question: its choices, its label, its field's description and how to answer. */
function promptFor(question: Question, description: string | undefined): string {
  const hint = question.fallback ? ` [${question.fallback}]` : question.optional ? ' (optional)' : '';
  const how =
    question.kind === 'choice' || question.kind === 'choices'
      ? `${HOW_TO_CHOOSE[question.kind]}${question.canAdd ? ` Not listed? Type new to add your ${question.canAdd}.` : ''}`
      : undefined;
  return [
    ...(question.choices ?? []).map((choice, index) => `  ${index + 1}. ${choice.id}  ${choice.title}`),
    `${question.label}${hint}`,
    `  ${description ?? ''}`,
    ...(how ? [`  ${how}`] : []),
    '> ',
  ].join('\n');
}

/** The value of an answer, or what is wrong with it: its own conversion, its field's schema, then personal data. */
function valueOf(question: Question, raw: string, schema: z.ZodType): { value: unknown } | { error: string } {
  const converted = convert(question, raw);
  if (converted.error !== undefined) return { error: converted.error };
  const result = schemaAt(schema, question.path)?.safeParse(converted.value, { reportInput: true });
  const issue = result && !result.success ? result.error.issues[0] : undefined;
  if (issue) {
    const meant = optionMeant(issue);
    return { error: `${issue.message}${meant ? ` (did you mean ${meant}?)` : ''}` };
  }
  const personal = personalDataIn(question, converted.value);
  return personal ? { error: personal } : { value: converted.value };
}

/** Asks one question until its answer is right, or takes it from its flag and notes any problem. */
async function answer(entry: Entry, question: Question, context: Context): Promise<void> {
  const { prompter } = context;
  const description = descriptionAt(entry.schema, question.path);
  for (;;) {
    let raw = context.flags[question.flag];
    if (raw === undefined && prompter) {
      raw = await ask(prompter, promptFor(question, description));
      if (raw.trim() === '' && question.fallback !== undefined) raw = question.fallback;
    }
    raw ??= question.fallback;
    if (raw === undefined || (raw.trim() === '' && question.optional)) {
      if (!question.optional) entry.problems.push(`--${question.flag} is required: ${description ?? question.label}`);
      else if (question.kind === 'choices') setAt(entry.data, question.path, []);
      return;
    }
    if (prompter && question.canAdd && /^new$/i.test(raw.trim())) {
      const added = await addOnTheWay(question.canAdd, entry.kind, context);
      if (added === undefined) continue;
      raw = added;
    }
    const result = valueOf(question, raw, entry.schema);
    if ('value' in result) {
      setAt(entry.data, question.path, result.value);
      return;
    }
    if (!prompter) {
      entry.problems.push(flagProblem(question.flag, result.error));
      return;
    }
    const addHint = question.canAdd
      ? ` If your ${question.canAdd} is not on the site yet, type new to add it now.`
      : '';
    prompter.say(`  ${sentence(result.error)} Try again.${addHint}`);
  }
}

/** Writes an entry the one being written refers to but which is not on the site yet, and gives its id. */
async function addOnTheWay(kind: Kind, within: Kind, context: Context): Promise<string | undefined> {
  const { title } = kinds[kind];
  context.prompter?.say(`\nFirst the new ${title}; then the ${kinds[within].title} carries on where it was.\n`);
  const written = await writeEntry(kind, context);
  if (!written) return undefined;
  context.known.trusts.push({ id: written.id, title: written.title });
  context.ids.trusts.add(written.id);
  context.prompter?.say(`\nBack to the ${kinds[within].title}, with the ${title} ${written.id}.\n`);
  return written.id;
}

/**
 * A rule between fields ("to" must be on or after "from") in words that need no field names:
 * each quoted name of a field that was asked about becomes its label and answer.
 */
function explained(message: string, parent: Route, entry: Entry): string {
  return message.replace(/"(\w+)"/g, (quoted, key: string) => {
    const route = [...parent, key];
    const question = entry.questions.find((candidate) => sameRoute(candidate.path, route));
    const value = getAt(entry.data, route);
    return question && value !== undefined ? `the ${question.label.toLowerCase()} (${String(value)})` : quoted;
  });
}

/** The first problem, among the fields under `parent`, that a question can put right. */
function problemUnder(entry: Entry, parent: Route): { question: Question; error: string } | undefined {
  const schema = parent.length === 0 ? entry.schema : schemaAt(entry.schema, parent);
  const result = schema?.safeParse(getAt(entry.data, parent));
  for (const issue of result && !result.success ? result.error.issues : []) {
    const route = [...parent, ...(issue.path as (string | number)[])];
    const question = entry.questions.find((candidate) => sameRoute(candidate.path, route));
    if (question) return { question, error: explained(issue.message, parent, entry) };
  }
  return undefined;
}

/**
 * Once the last question about a group of fields (an impact measure) is answered, the group's
 * rules between fields are checked, and the question they refuse is asked again: nothing already
 * answered is lost.
 */
async function recheck(entry: Entry, parent: Route, context: Context): Promise<void> {
  for (let problem = problemUnder(entry, parent); problem; problem = problemUnder(entry, parent)) {
    context.prompter!.say(`  ${problem.question.label}: ${sentence(problem.error)} Try again.`);
    await answer(entry, problem.question, context);
    // An optional question left empty again cannot put it right: the problem is reported at the end.
    if (getAt(entry.data, problem.question.path) === undefined) return;
  }
}

/** Whether `index` is the last question about the fields of a group (not the entry itself). */
function endOfGroup(questions: readonly Question[], index: number): Route | undefined {
  const parent = questions[index]!.path.slice(0, -1);
  const next = questions[index + 1];
  return parent.length > 0 && !(next && startsWith(next.path, parent)) ? parent : undefined;
}

/** The file's name: made from the title, or given; asked for again when it is taken or not a name. */
async function chooseFileName(entry: Entry, context: Context): Promise<void> {
  const target = kinds[entry.kind];
  const made = getAt(entry.data, [target.idFrom]);
  if (made === undefined) return;
  const spec = specOfKind(entry.kind);
  const shown = (id: string) => entryFile(spec, id);
  const taken = (id: string) => existsSync(path.join(context.root, shown(id)));
  let id = context.flags['id'] ?? slug(String(made));
  for (;;) {
    const problem = !ID_PATTERN.test(id)
      ? `"${id}" cannot be a file name, which must be lower-case words joined by hyphens, starting with a letter`
      : taken(id)
        ? `${shown(id)} already exists. If it is this same ${target.title}, it is on the site already (press Ctrl-C to stop)`
        : undefined;
    if (!problem) {
      entry.id = id;
      return;
    }
    if (!context.prompter) {
      entry.problems.push(`${taken(id) ? `${shown(id)} already exists` : problem}. Choose another --id.`);
      return;
    }
    const suggestion = freeName(ID_PATTERN.test(id) ? id : entry.kind, taken);
    const answered = await ask(
      context.prompter,
      `  ${problem}.\nFile name for the new ${target.title}, in lower-case words joined by hyphens [${suggestion}]\n> `,
    );
    id = answered.trim() || suggestion;
  }
}

/** The problems with the whole entry, after every answer, as flags where a flag set the field. */
function entryProblems(entry: Entry): string[] {
  const result = entry.schema.safeParse(entry.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const question = entry.questions.find((candidate) => sameRoute(candidate.path, issue.path as Route));
    const message = explained(issue.message, issue.path.slice(0, -1) as Route, entry);
    return question ? flagProblem(question.flag, message) : `${formatPath(issue.path)}: ${message}`;
  });
}

/** Asks (or reads) every answer for one entry and writes its file; undefined when it was not written. */
async function writeEntry(kind: Kind, context: Context): Promise<{ id: string; title: string } | undefined> {
  const target = kinds[kind];
  const spec = specOfKind(kind);
  const entry: Entry = {
    kind,
    schema: spec.schema(checkedReference(context.ids)),
    questions: questionsFor(kind, context.known),
    data: fixedFields(kind),
    problems: [],
  };
  for (const [index, question] of entry.questions.entries()) {
    await answer(entry, question, context);
    if (sameRoute(question.path, [target.idFrom])) await chooseFileName(entry, context);
    const group = context.prompter && endOfGroup(entry.questions, index);
    if (group) await recheck(entry, group, context);
  }
  if (context.prompter) await recheck(entry, [], context);
  if (entry.problems.length === 0) entry.problems.push(...entryProblems(entry));
  if (entry.problems.length > 0 || entry.id === undefined) {
    const help = context.prompter ? '' : `\n\nRun npm run new -- ${kind} --help for every flag.`;
    context.err(`The ${target.title} was not written:\n  ${entry.problems.join('\n  ')}${help}`);
    return undefined;
  }
  const name = entryFile(spec, entry.id);
  writeFileSync(path.join(context.root, name), entryText(kind, spec.extension, entry.data, entry.schema));
  context.out(`Wrote ${name}.`);
  return { id: entry.id, title: String(entry.data[target.idFrom]) };
}

/** The kind of entry to write: from the command line, or asked until the answer is one. */
async function chooseKind(args: string[], context: Omit<Context, 'ids' | 'flags'>): Promise<Kind | undefined> {
  const { prompter } = context;
  const ids = Object.keys(kinds);
  const meant = (text: string) => {
    const option = optionFor(text, ids);
    return option ? ` (did you mean ${option}?)` : '';
  };
  const [given] = args;
  if (given !== undefined || !prompter) {
    const kind = given === undefined ? undefined : choiceFor(kindChoices, given)?.id;
    if (isKind(kind)) return kind;
    const problem = given ? `"${given}" is not a kind of entry${meant(given)}.` : 'Say which kind of entry to write.';
    context.err(`${problem}\n\n${usage(undefined, context.known)}`);
    return undefined;
  }
  for (;;) {
    const typed = await ask(
      prompter,
      `What would you like to add? ${kindChoices.map((choice, index) => `${index + 1} ${choice.title}`).join(', ')}: `,
    );
    const kind = choiceFor(kindChoices, typed)?.id;
    if (isKind(kind)) return kind;
    prompter.say(
      `  "${typed.trim()}" is not one of them${meant(typed)}. Type a number from 1 to ${ids.length}, or a name such as case study.`,
    );
  }
}

/** The flags for a kind's questions; undefined (after saying why) when the command line has others. */
function flagsFor(kind: Kind, args: string[], context: Omit<Context, 'ids' | 'flags'>) {
  const options = Object.fromEntries([
    ...questionsFor(kind, context.known).map((question) => [question.flag, { type: 'string' as const }]),
    ['id', { type: 'string' as const }],
  ]);
  try {
    return parseArgs({ args, options, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    context.err(`${(error as Error).message}\n\n${usage(kind, context.known)}`);
    return undefined;
  }
}

function idsIn(root: string, known: KnownEntries): Ids {
  const files = (name: CollectionName) => {
    const folder = `content/${collectionSpec(name).path}`;
    return new Set(readdirSync(path.join(root, folder)).flatMap((file) => entryOfFile(`${folder}/${file}`)?.id ?? []));
  };
  return {
    caseStudies: files('caseStudies'),
    evidence: new Set(known.evidence.map((entry) => entry.id)),
    playbooks: files('playbooks'),
    trusts: new Set(known.trusts.map((entry) => entry.id)),
    themes: new Set(known.themes.map((entry) => entry.id)),
  };
}

/** Runs `npm run new`; the exit code: 0 written (or help), 1 not written, 2 a command line it cannot follow. */
export async function runNew(options: RunOptions): Promise<number> {
  useFriendlyErrors();
  const { known, unreadable } = readKnownEntries(options.root);
  const notice = unreadableNotice(unreadable);
  if (notice) options.err(`${notice}\n`);
  // Help that was asked for is a success; help shown because the command was wrong is not.
  if (options.args.includes('--help') || options.args.includes('-h')) {
    options.out(usage(options.args.find(isKind), known));
    return 0;
  }
  const base = { ...options, known };
  try {
    const kind = await chooseKind(options.args, base);
    if (!kind) return 2;
    const flags = flagsFor(kind, options.args.slice(1), base);
    if (!flags) return 2;
    const written = await writeEntry(kind, { ...base, flags, ids: idsIn(options.root, known) });
    if (!written) return 1;
    if (specOfKind(kind).extension === '.mdx')
      options.out('Now write the sections under each heading, replacing the {/* guidance */} comments.');
    options.out('Then run npm run check, and npm run dev to see the page.');
    return 0;
  } catch (error) {
    if (!(error instanceof Stopped)) throw error;
    options.err('\nStopped before the last question: nothing more was written.');
    return 1;
  }
}
