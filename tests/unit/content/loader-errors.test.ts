import { EventEmitter } from 'node:events';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { digest } from '../../../src/lib/analysis/digest.ts';
import { ContentFileError } from '../../../src/lib/content/file-error.ts';
import { contributionLoader } from '../../../src/lib/content/loader.ts';
import { themesLoader } from '../../../src/lib/content/themes-loader.ts';
import { collectionSpec } from '../../../src/schemas/index.ts';
import { contentRoot, removeContentRoots } from '../check/corpus.ts';
import { buildSite, makeFixtureSite } from '../fixture-site.ts';

afterAll(removeContentRoots);

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');

/** Loads the case studies of a content folder the way the site's build does, with Astro's parts stood in for. */
async function load(root: string, astroRefuses: boolean, watcher?: EventEmitter, logger = { error: vi.fn() }) {
  const stored = new Map<string, { digest?: string }>();
  const context = {
    watcher,
    logger,
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; digest?: string }) => stored.set(entry.id, entry),
      delete: (id: string) => stored.delete(id),
    },
    // Astro's own validation: it refuses the data with a report that names no line.
    parseData: async ({ data }: { data: unknown }) => {
      if (astroRefuses) throw new Error('data does not match collection schema');
      return data;
    },
    generateDigest: (text: string) => digest(text),
  } as unknown as LoaderContext;
  await contributionLoader(collectionSpec('caseStudies')).load(context);
  return stored;
}

const withCaseStudy = (edit: (text: string) => string) => {
  const root = contentRoot();
  const file = path.join(root, 'content/case-studies/case-study.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
};

const refusal = async (root: string, astroRefuses = true) => {
  const error = await load(root, astroRefuses).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentFileError);
  return error as ContentFileError;
};

describe('a contribution the site cannot load', () => {
  it('is reported as the checker reports it, with lines and fixes, instead of as Astro reports it', async () => {
    const root = withCaseStudy((text) =>
      text
        .replace('region: north-west', 'region: Yorkshire')
        .replace('themes: [reading, disadvantage]', 'themes: reading'),
    );
    const error = await refusal(root);
    expect(error.message).toBe(
      [
        'content/case-studies/case-study.mdx:11:1  region  "Yorkshire" is not allowed. Use one of: north-east, north-west, yorkshire-and-the-humber, east-midlands, west-midlands, east-of-england, london, south-east, south-west',
        '  How to fix: Did you mean yorkshire-and-the-humber?',
        'content/case-studies/case-study.mdx:12:1  themes  must be a list, not "reading"',
        '  How to fix: Write it in square brackets, even when there is only one: [reading]',
      ].join('\n'),
    );
    expect(error.loc).toEqual({ file: 'content/case-studies/case-study.mdx', line: 11, column: 1 });
  });

  it('carries no stack trace, which Astro would print pointing into the loader', async () => {
    const root = withCaseStudy((text) => text.replace('title: Daily reading', 'title: Daily: reading'));
    const error = await refusal(root, false);
    expect(error.stack).toBe('');
    expect(error.message).toMatch(/^content\/case-studies\/case-study\.mdx:2:\d+ {2}The YAML could not be read: /);
    expect(error.message).toMatch(/How to fix: The text after "title:" has a colon in it/);
  });

  it("passes Astro's own report on when the checker finds nothing wrong", async () => {
    const error = await load(contentRoot(), true).catch((caught: unknown) => caught);
    expect(error).toEqual(new Error('data does not match collection schema'));
  });

  it('is said in the terminal while the dev server watches, and the last good version is kept', async () => {
    const root = contentRoot();
    const watcher = new EventEmitter();
    const logger = { error: vi.fn() };
    const stored = await load(root, false, watcher, logger);
    const before = stored.get('case-study');
    const file = path.join(root, 'content/case-studies/case-study.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Daily reading', 'title: Daily: reading'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledOnce());
    expect(logger.error.mock.calls[0]![0]).toMatch(
      /^content\/case-studies\/case-study\.mdx:2:\d+ {2}The YAML could not be read/,
    );
    expect(stored.get('case-study')).toBe(before);
  });

  it('loads a valid file', async () => {
    const root = contentRoot();
    copyFileSync(path.join(fixtures, 'valid/case-study.mdx'), path.join(root, 'content/case-studies/another.mdx'));
    expect([...(await load(root, false)).keys()].sort()).toEqual(['another', 'case-study']);
  });
});

describe('the list of themes', () => {
  /** Loads content/themes.yaml into a store that already holds `before`, as a reload in the dev server does. */
  async function loadThemes(root: string, before: string[] = []) {
    const stored = new Map<string, unknown>(before.map((id) => [id, { id }]));
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      store: {
        clear: () => stored.clear(),
        set: (entry: { id: string }) => stored.set(entry.id, entry),
      },
      parseData: async ({ data }: { data: unknown }) => {
        if (data && typeof data === 'object' && 'colour' in data)
          throw new Error('data does not match collection schema');
        return data;
      },
    } as unknown as LoaderContext;
    const error = await themesLoader()
      .load(context)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    return { stored, error };
  }
  const withThemes = (edit: (text: string) => string) => {
    const root = contentRoot();
    const file = path.join(root, 'content/themes.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return root;
  };

  it('loads every theme', async () => {
    const { stored, error } = await loadThemes(contentRoot());
    expect(error).toBeUndefined();
    expect(stored.size).toBeGreaterThanOrEqual(10);
    expect(stored.get('reading')).toMatchObject({ id: 'reading', data: { title: 'Reading and literacy' } });
  });

  it('reports a field it does not know as the checker does, and keeps the last good list', async () => {
    const root = withThemes((text) =>
      text.replace('  title: Reading and literacy\n', '  title: Reading and literacy\n  colour: red\n'),
    );
    const { stored, error } = await loadThemes(root, ['reading', 'mathematics']);
    expect(error).toBeInstanceOf(ContentFileError);
    expect((error as Error).message).toMatch(
      /^content\/themes\.yaml:\d+:3 {2}\[0\]\.colour {2}"colour" is not a field of a theme\n/,
    );
    expect([...stored.keys()]).toEqual(['reading', 'mathematics']);
  });

  it('refuses two themes with one id, which Astro would only warn about', async () => {
    const root = withThemes((text) => text.replace('- id: mathematics', '- id: reading'));
    const { error } = await loadThemes(root);
    expect((error as Error).message).toMatch(
      /^content\/themes\.yaml:\d+:3 {2}\[\d+\]\.id {2}The theme id "reading" is used twice/,
    );
  });
});

describe("the site's build, given a contribution it cannot load", () => {
  it("fails with the checker's words, pointing at the file, and without a stack trace", () => {
    const root = makeFixtureSite('refused');
    try {
      const file = path.join(root, 'content/case-studies/case-study.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('region: north-west', 'region: North West'));
      const { status, log } = buildSite(root);
      expect(status).toBe(1);
      expect(log).toContain(
        'content/case-studies/case-study.mdx:11:1  region  "North West" is not allowed. Use one of: north-east,',
      );
      expect(log).toContain('How to fix: Did you mean north-west?');
      expect(log).toContain('Location:\n    content/case-studies/case-study.mdx:11:1');
      expect(log).not.toMatch(/Stack trace|\n\s+at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
