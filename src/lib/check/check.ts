/**
 * The contribution checker: every file in content/ against the schema modules, the body rules
 * and the references between entries. It never throws on bad input: every problem becomes a
 * Problem with a file, a line, a field and a fix.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { idSchema, ID_PATTERN, type CollectionName, type ReferenceFactory } from '../../schemas/common.ts';
import { EVIDENCE_REVIEW_YEARS } from '../../schemas/evidence.ts';
import {
  collectionSpecs,
  entryFile,
  entryOfFile,
  entryOfPage,
  entryPage,
  specOfFile,
  type CollectionSpec,
} from '../../schemas/index.ts';
import { checkThemes } from '../analysis/themes.ts';
import { isNotEntry, strayFiles, strayProblem } from '../analysis/layout.ts';
import { collectRedirects } from '../analysis/redirects.ts';
import { missingReference } from '../analysis/missing-reference.ts';
import { yamlOf, type FileAnalysis } from '../analysis/analyse.ts';
import { listIds, type ListName } from '../analysis/entry-links.ts';
import { imageFolderProblems } from './images.ts';
import { checkFiles } from './per-file.ts';
import { AnalysisCache } from './cache.ts';
import { nearest } from '../analysis/nearest.ts';
import { locator, type Locate } from '../analysis/positions.ts';
import { formatPath, type Problem } from '../analysis/problem.ts';
import { FOLDER } from '../analysis/read.ts';

export interface CheckOptions {
  /** The project folder (the one holding content/). */
  root: string;
  /** Check only these files fully (paths from the project folder); ids of all files are still read. */
  only?: ReadonlySet<string>;
  /** Today, for the age of evidence reviews. */
  today?: Date;
  /** Keep analyses of unchanged files between runs (in node_modules/.cache). */
  cache?: boolean;
  /** Files in content/ on the main branch: an entry removed or renamed since needs a redirect. */
  previousFiles?: readonly string[];
  /** Worker threads started early (workers.ts); they are used if enough files need analysing, and stopped. */
  workers?: Worker[];
}

export interface CheckResult {
  problems: Problem[];
  filesChecked: number;
}

export type Ids = Record<CollectionName, Set<string>>;

const CODE_ROOT = path.resolve(import.meta.dirname, '../../..');

/** A reference that knows which ids exist, for tools that check one answer at a time (npm run new). */
export const checkedReference =
  (ids: Ids): ReferenceFactory =>
  (collection) =>
    idSchema.superRefine((id, ctx) => {
      if (ID_PATTERN.test(id) && !ids[collection].has(id)) {
        ctx.addIssue({
          code: 'custom',
          params: { rule: 'missing-reference' },
          message: missingReference(collection, id, ids[collection]).message,
        });
      }
    });

export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const { root } = options;
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const fileProblem = (file: string, rule: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, line: 1, column: 1, field: '', rule, message, fix });

  // First: which entries exist. References are checked against these ids.
  const ids = Object.fromEntries(collectionSpecs.map((spec) => [spec.name, new Set<string>()])) as Ids;
  const files: { spec: CollectionSpec; file: string }[] = [];
  for (const spec of collectionSpecs) {
    if (!spec.extension) continue;
    let dirents: Dirent[];
    try {
      dirents = readdirSync(path.join(root, 'content', spec.path), { withFileTypes: true });
    } catch {
      // Git keeps no empty folders: a collection with no entries yet may have no folder.
      continue;
    }
    for (const dirent of dirents.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const { name } = dirent;
      if (isNotEntry(name)) continue;
      const file = `content/${spec.path}/${name}`;
      const id = name.slice(0, name.length - path.extname(name).length);
      if (dirent.isDirectory()) {
        fileProblem(file, FOLDER.rule, FOLDER.message, FOLDER.fix);
      } else if (path.extname(name) !== spec.extension) {
        const rename = ID_PATTERN.test(id) ? id : 'an-id';
        fileProblem(
          file,
          'wrong-extension',
          `This is not a ${spec.extension} file, so it would not become a page`,
          `Each ${spec.label.singular.toLowerCase()} is one ${spec.extension} file in content/${spec.path}/: rename it to ${rename}${spec.extension}, or remove it.`,
        );
      } else if (!ID_PATTERN.test(id)) {
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
      } else {
        ids[spec.name].add(id);
        files.push({ spec, file });
      }
    }
  }
  checkThemes(root, problems).forEach((id) => ids.themes.add(id));
  const stray = strayFiles(root);
  for (const file of stray) {
    const { message, fix } = strayProblem(file);
    fileProblem(file, 'outside-collections', message, fix);
  }

  const cache = options.cache ? new AnalysisCache(root, CODE_ROOT) : undefined;
  const only = options.only && widenChanged(root, options.only, files, options.previousFiles, ids);
  const checked = files.filter(({ file }) => !only || only.has(file));
  const outcomes = await checkFiles(
    checked.map(({ spec, file }) => ({ collection: spec.name, file, cachedDigest: cache?.kept(file)?.digest })),
    root,
    options.workers ? { started: options.workers } : {},
  );
  const redirects = only ? redirectsOfOthers(root, only) : new Map<string, string>();
  checked.forEach(({ spec, file }, index) => {
    const outcome = outcomes[index]!;
    if (outcome.kind === 'unreadable') {
      fileProblem(file, outcome.problem.rule, outcome.problem.message, outcome.problem.fix);
      return;
    }
    if (outcome.kind === 'analysed' && outcome.cacheable) cache?.set(file, outcome.digest, outcome.analysis);
    const analysis = outcome.kind === 'cached' ? cache!.kept(file)!.analysis : outcome.analysis;
    problems.push(
      ...analysis.problems,
      ...crossFileProblems(spec, path.join(root, file), file, analysis, ids, redirects, today),
    );
  });
  cache?.save();
  problems.push(...imageFolderProblems(root));
  const filesChecked = 1 + checked.length + stray.length;
  if (options.previousFiles) problems.push(...removedWithoutRedirect(root, options.previousFiles, ids));
  return { problems: sortProblems(problems), filesChecked };
}

/**
 * The files a check of changes must look at: the changed ones, and every other file that names an
 * entry the change removed or renamed, since its reference may now be broken. (A file that refers
 * to an entry contains its id, so a search of the text finds them all, without parsing any.)
 */
function widenChanged(
  root: string,
  changed: ReadonlySet<string>,
  files: { spec: CollectionSpec; file: string }[],
  previousFiles: readonly string[] | undefined,
  ids: Ids,
): Set<string> {
  const removed = (previousFiles ?? []).flatMap((file) => {
    const spec = specOfFile(file);
    const id = spec && path.basename(file, spec.extension);
    return spec && id && !ids[spec.name].has(id) ? [id] : [];
  });
  const widened = new Set(changed);
  if (removed.length === 0) return widened;
  for (const { file } of files) {
    if (widened.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    if (removed.some((id) => text.includes(id))) widened.add(file);
  }
  return widened;
}

/** The old ids that files not being checked already claim, so a changed file cannot claim one too. */
function redirectsOfOthers(root: string, checked: ReadonlySet<string>): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const [from, to] of Object.entries(collectRedirects(root))) {
    const old = entryOfPage(from);
    const target = entryOfPage(to);
    if (!old || !target?.spec.extension) continue;
    const file = entryFile(target.spec, target.id);
    if (!checked.has(file)) claimed.set(`${old.spec.name}/${old.id}`, file);
  }
  return claimed;
}

/** What depends on other files or on the day: references, redirects, the age of a review. */
function crossFileProblems(
  spec: CollectionSpec,
  location: string,
  file: string,
  analysis: FileAnalysis,
  ids: Ids,
  redirects: Map<string, string>,
  today: Date,
): Problem[] {
  const found: Problem[] = [];
  // Positions are needed only for a problem, so the file is read again only then.
  let located: Locate | undefined;
  const locate = (at: PropertyKey[]) => {
    if (!located) {
      const { yaml, yamlOffset } = yamlOf(spec, readFileSync(location, 'utf8'));
      located = locator(yaml, yamlOffset);
    }
    return located(at);
  };
  for (const reference of analysis.references) {
    if (!ID_PATTERN.test(reference.id) || ids[reference.collection].has(reference.id)) continue;
    found.push({
      severity: 'error',
      file,
      ...locate(reference.path),
      field: formatPath(reference.path),
      rule: 'missing-reference',
      ...missingReference(reference.collection, reference.id, ids[reference.collection]),
    });
  }
  for (const link of analysis.links ?? []) {
    const known = link.target in listIds ? listIds[link.target as ListName] : ids[link.target as CollectionName];
    if (known.has(link.id)) continue;
    const close = nearest(link.id, known);
    found.push({
      severity: 'error',
      file,
      line: link.line,
      column: link.column,
      field: '',
      rule: 'broken-link',
      message: `The link to ${link.href} leads nowhere: there is no "${link.id}" there${close.length ? `. Nearest: ${close.join(', ')}` : ''}`,
      fix: 'Copy the address from the page you mean to link to, or remove the link.',
    });
  }
  analysis.redirects.forEach((old, index) => {
    const key = `${spec.name}/${old}`;
    const clash = ids[spec.name].has(old) ? `the entry ${old}` : redirects.get(key);
    if (clash) {
      found.push({
        severity: 'error',
        file,
        ...locate(['redirectFrom', index]),
        field: `redirectFrom[${index}]`,
        rule: 'redirect-collision',
        message: `"${old}" is already used by ${clash}`,
        fix: 'An old address can lead to only one entry. Remove it from this list.',
      });
    }
    redirects.set(key, file);
  });
  if (analysis.lastReviewed) {
    const due = new Date(analysis.lastReviewed.date);
    due.setUTCFullYear(due.getUTCFullYear() + EVIDENCE_REVIEW_YEARS);
    if (due < today) {
      const { line, column } = analysis.lastReviewed;
      found.push({
        severity: 'warning',
        file,
        line,
        column,
        field: 'lastReviewed',
        rule: 'review-overdue',
        message: `The summary was last reviewed more than ${EVIDENCE_REVIEW_YEARS} years ago`,
        fix: 'Check the figures against the sources again and update lastReviewed.',
      });
    }
  }
  return found;
}

/** Links to an entry must keep working: a file on main that is gone needs a redirect from its old id. */
function removedWithoutRedirect(root: string, previousFiles: readonly string[], ids: Ids): Problem[] {
  const redirects = collectRedirects(root);
  return previousFiles.flatMap((file): Problem[] => {
    const entry = entryOfFile(file);
    if (!entry) return [];
    const { spec, id } = entry;
    if (!ID_PATTERN.test(id) || ids[spec.name].has(id) || redirects[entryPage(spec.name, id)]) return [];
    return [
      {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        field: '',
        rule: 'removed-without-redirect',
        message: `"${id}" was removed or renamed, so links to ${entryPage(spec.name, id)} would break`,
        fix: `Add ${id} to redirectFrom in the entry that replaces it, or keep the file.`,
      },
    ];
  });
}

const sortProblems = (problems: Problem[]) =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
