/**
 * The content loader for contribution folders. Each file becomes one entry; its body is
 * rendered to HTML here, as data, and the result is kept in Astro's store under a digest of
 * the file, so an unchanged file is never parsed or rendered again.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ID_PATTERN } from '../../schemas/common.ts';
import type { CollectionSpec } from '../../schemas/index.ts';
import { renderBody } from '../body/render.ts';
import { BodyError } from '../body/errors.ts';
import { ContentFileError, loggedError, refusal } from './file-error.ts';
import { parseYaml, splitFrontmatter, yamlProblemText } from '../analysis/files.ts';
import { isNotEntry } from '../analysis/layout.ts';

export function contributionLoader(spec: CollectionSpec): Loader {
  return {
    name: 'commons-contributions',
    load: async (context) => {
      await loadFolder(spec, context);
      context.watcher?.on('all', (_event, changed) => {
        if (path.dirname(changed) !== folderOf(spec, context)) return;
        // While someone writes, a mistake is said in the terminal and the page keeps its last good version.
        loadFolder(spec, context).catch((error: unknown) => context.logger.error(loggedError(error)));
      });
    },
  };
}

const folderOf = (spec: CollectionSpec, { config }: LoaderContext) =>
  path.join(new URL(config.root).pathname, 'content', spec.path);

async function loadFolder(spec: CollectionSpec, context: LoaderContext): Promise<void> {
  const { store, config, parseData, generateDigest } = context;
  const root = new URL(config.root).pathname;
  const folder = folderOf(spec, context);
  const untouched = new Set(store.keys());

  // A folder no one has contributed to yet may not exist in a clone (git keeps no empty folders).
  const dirents = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const dirent of dirents) {
    if (isNotEntry(dirent.name)) continue;
    const filePath = path.relative(root, path.join(folder, dirent.name));
    if (!dirent.isFile() || path.extname(dirent.name) !== spec.extension) {
      throw new ContentFileError([
        {
          file: filePath,
          message: `is not a ${spec.extension} file, so it would not become a page`,
          fix: `Each ${spec.label.singular.toLowerCase()} is one ${spec.extension} file directly in content/${spec.path}/. Rename or move it.`,
        },
      ]);
    }
    const id = path.basename(dirent.name, spec.extension);
    if (!ID_PATTERN.test(id)) {
      throw new ContentFileError([
        {
          file: filePath,
          message: `"${id}" is not a valid file name`,
          fix: 'Use lower-case words joined by hyphens, starting with a letter, for example "improving-phonics.mdx".',
        },
      ]);
    }
    untouched.delete(id);
    // Read synchronously: an awaited read costs four trips to Node's thread pool, several times the read itself.
    const source = readFileSync(path.join(folder, dirent.name), 'utf8');
    const digest = generateDigest(source);
    if (store.get(id)?.digest === digest) continue;

    const file = spec.extension === '.mdx' ? splitFrontmatter(source) : undefined;
    const yaml = parseYaml(file ? file.frontmatter : source, file?.hasFrontmatter ? 1 : 0);
    const problem = yaml.problems[0];
    if (problem) {
      const { message, fix } = yamlProblemText(problem);
      throw new ContentFileError([{ file: filePath, line: problem.line, column: problem.column, message, fix }]);
    }
    if (file && !file.hasFrontmatter) {
      throw new ContentFileError([
        {
          file: filePath,
          line: 1,
          column: 1,
          message: 'has no frontmatter',
          fix: 'Start the file with a --- line, the fields, and another --- line.',
        },
      ]);
    }
    const data = await parseData({ id, data: (yaml.data ?? {}) as Record<string, unknown>, filePath }).catch(
      async (error: unknown) => {
        // Astro's own report of a field's problem names no line and no fix; the checker's analysis
        // of the same file says it as `npm run check` does. Loaded only then: no build that passes needs it.
        const { analyseFile } = await import('../analysis/analyse.ts');
        throw refusal(analyseFile(spec, filePath, source, root).problems, error);
      },
    );
    if (!file) {
      store.set({ id, data, filePath, digest });
      continue;
    }
    try {
      const rendered = renderBody(file.body, file.bodyLineOffset, {
        root,
        ...(spec.requiredHeadings ? { requiredHeadings: spec.requiredHeadings } : {}),
      });
      store.set({
        id,
        data,
        body: file.body,
        filePath,
        digest,
        rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
      });
    } catch (error) {
      if (error instanceof BodyError) {
        const { line, column, message, fix } = error;
        throw new ContentFileError([{ file: filePath, line, column, message, fix }]);
      }
      throw error;
    }
  }
  for (const id of untouched) store.delete(id);
}
