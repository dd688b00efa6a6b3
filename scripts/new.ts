/**
 * npm run new: writes a new case study, evidence summary, playbook or trust that passes the checker.
 * Asks questions in a terminal; takes flags when there is none (or when given).
 *
 *   npm run new                                   (asks everything)
 *   npm run new -- case-study --title "…" --trust … (no questions; --help lists the flags)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Document, isMap, isScalar, parse } from 'yaml';
import { checkedReference, type Ids } from '../src/lib/check/check.ts';
import { descriptionAt, schemaAt } from '../src/lib/check/schema-shape.ts';
import { optionMeant } from '../src/lib/check/nearest.ts';
import { formatPath } from '../src/lib/check/problem.ts';
import { splitFrontmatter } from '../src/lib/content/files.ts';
import { convert } from '../src/lib/scaffold/answers.ts';
import { usage } from '../src/lib/scaffold/help.ts';
import {
  bodyTemplates,
  fixedFields,
  isKind,
  kinds,
  questionsFor,
  type Choice,
  type Kind,
  type KnownEntries,
} from '../src/lib/scaffold/questions.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';
import { useFriendlyErrors } from '../src/schemas/error-map.ts';
import { collectionSpec } from '../src/schemas/index.ts';

// COMMONS_ROOT lets tests point the script at a throw-away copy of the content.
const root = process.env['COMMONS_ROOT'] ?? path.resolve(import.meta.dirname, '..');
const content = (...parts: string[]) => path.join(root, 'content', ...parts);

function knownEntries(): KnownEntries {
  const folder = (name: string, extension: string, title: (data: Record<string, unknown>) => string): Choice[] =>
    readdirSync(content(name))
      .filter((file) => file.endsWith(extension))
      .map((file) => {
        const text = readFileSync(content(name, file), 'utf8');
        const data = (parse(extension === '.mdx' ? splitFrontmatter(text).frontmatter : text) ?? {}) as Record<
          string,
          unknown
        >;
        return { id: file.slice(0, -extension.length), title: title(data) };
      });
  return {
    trusts: folder('trusts', '.yaml', (data) => String(data['name'] ?? '')),
    evidence: folder('evidence', '.mdx', (data) => String(data['title'] ?? '')),
    themes: (parse(readFileSync(content('themes.yaml'), 'utf8')) as Choice[]).map(({ id, title }) => ({ id, title })),
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');

function setAt(target: Record<string, unknown>, route: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  route.slice(0, -1).forEach((key, index) => {
    node[key] ??= typeof route[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[route.at(-1)!] = value;
}

async function main(): Promise<number> {
  useFriendlyErrors();
  const known = knownEntries();
  const args = process.argv.slice(2);
  // Help that was asked for is a success; help shown because the command was wrong is not.
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage(args.find(isKind), known));
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY) && args.length <= 1;
  const readline = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    let kind: string | undefined = args[0];
    if (!kind && readline) {
      const answer = await readline.question(
        'What would you like to add? 1 case study, 2 evidence summary, 3 playbook, 4 trust: ',
      );
      kind = (Object.keys(kinds) as Kind[])[Number(answer) - 1] ?? answer.trim();
    }
    if (!isKind(kind)) {
      const problem = kind ? `"${kind}" is not a kind of entry.` : 'Say which kind of entry to write.';
      console.error(`${problem}\n\n${usage(undefined, known)}`);
      return 2;
    }
    const questions = questionsFor(kind, known);
    const options = Object.fromEntries([
      ...questions.map((q) => [q.flag, { type: 'string' as const }]),
      ['id', { type: 'string' as const }],
    ]);
    let flags: Record<string, string | undefined>;
    try {
      flags = parseArgs({ args: process.argv.slice(3), options, allowPositionals: false }).values as Record<
        string,
        string | undefined
      >;
    } catch (error) {
      console.error(`${(error as Error).message}\n\n${usage(kind, known)}`);
      return 2;
    }
    const target = kinds[kind];
    const spec = collectionSpec(target.collection);
    const ids: Ids = {
      caseStudies: new Set(readdirSync(content('case-studies')).map((file) => file.replace(/\.mdx$/, ''))),
      evidence: new Set(known.evidence.map((entry) => entry.id)),
      playbooks: new Set(readdirSync(content('playbooks')).map((file) => file.replace(/\.mdx$/, ''))),
      trusts: new Set(known.trusts.map((entry) => entry.id)),
      themes: new Set(known.themes.map((entry) => entry.id)),
    };
    const schema = spec.schema(checkedReference(ids));
    const data: Record<string, unknown> = fixedFields(kind);
    const problems: string[] = [];

    for (const question of questions) {
      const fieldSchema = schemaAt(schema, question.path);
      const description = descriptionAt(schema, question.path);
      for (;;) {
        let raw = flags[question.flag];
        if (raw === undefined && readline) {
          if (question.choices)
            question.choices.forEach((choice, index) => console.log(`  ${index + 1}. ${choice.id}  ${choice.title}`));
          const hint = question.fallback ? ` [${question.fallback}]` : question.optional ? ' (optional)' : '';
          raw = await readline.question(`${question.label}${hint}\n  ${description ?? ''}\n> `);
          if (raw.trim() === '' && question.fallback !== undefined) raw = question.fallback;
        }
        raw ??= question.fallback;
        if (raw === undefined || (raw.trim() === '' && question.optional)) {
          if (!question.optional) problems.push(`--${question.flag} is required: ${description ?? question.label}`);
          else if (question.kind === 'choices') setAt(data, question.path, []);
          break;
        }
        const converted = convert(question, raw);
        const result = converted.error ? undefined : fieldSchema?.safeParse(converted.value, { reportInput: true });
        const issue = result && !result.success ? result.error.issues[0] : undefined;
        const meant = issue && optionMeant(issue);
        const error = converted.error ?? (issue && `${issue.message}${meant ? ` (did you mean ${meant}?)` : ''}`);
        if (!error) {
          setAt(data, question.path, converted.value);
          break;
        }
        if (readline) console.log(`  That ${error}. Try again.`);
        else {
          problems.push(`--${question.flag} ${error}`);
          break;
        }
      }
    }
    if (problems.length > 0) {
      console.error(
        `The ${kind} was not written:\n  ${problems.join('\n  ')}\n\nRun npm run new -- ${kind} --help for every flag.`,
      );
      return 1;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      console.error(
        `The ${kind} was not written:\n  ${result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n  ')}`,
      );
      return 1;
    }
    const id = flags['id'] ?? slug(String(data[target.idFrom] ?? ''));
    const file = content(target.folder, `${id}${target.extension}`);
    if (!ID_PATTERN.test(id)) {
      console.error(`"${id}" is not a valid id. Give one with --id, in lower-case words joined by hyphens.`);
      return 1;
    }
    if (existsSync(file)) {
      console.error(`content/${target.folder}/${id}${target.extension} already exists. Choose another --id.`);
      return 1;
    }
    const document = new Document(data);
    // Each field carries its description as a comment, so the file explains itself.
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        if (isScalar(pair.key)) {
          const text = descriptionAt(schema, [String(pair.key.value)]);
          if (text) pair.key.commentBefore = ` ${text}`;
        }
      }
    }
    const yaml = document.toString({ lineWidth: 0 });
    writeFileSync(
      file,
      target.extension === '.mdx' ? `---\n${yaml}---\n\n${bodyTemplates[kind as Exclude<Kind, 'trust'>]}` : yaml,
    );
    console.log(`Wrote content/${target.folder}/${id}${target.extension}.`);
    if (target.extension === '.mdx')
      console.log('Now write the sections under each heading, replacing the {/* guidance */} comments.');
    console.log('Then run npm run check, and npm run dev to see the page.');
    return 0;
  } finally {
    readline?.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`npm run new failed: ${(error as Error).message}`);
    process.exitCode = 2;
  },
);
