/**
 * The loader for content/themes.yaml: one entry for each theme in the list. Astro's own file
 * loader reports a mistake in its own words, with no line and a stack trace, and only warns about
 * a theme without an id or with another theme's; this one refuses them, as the checker says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collectionSpec } from '../../schemas/index.ts';
import type { Problem } from '../analysis/problem.ts';
import { loggedError, refusal } from './file-error.ts';
import { parseYaml } from '../analysis/files.ts';

const THEMES_FILE = `content/${collectionSpec('themes').path}`;

export function themesLoader(): Loader {
  return {
    name: 'commons-themes',
    load: async (context) => {
      const file = path.join(fileURLToPath(context.config.root), THEMES_FILE);
      await loadThemes(context);
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (changed !== file) return;
        // While someone writes, a mistake is said in the terminal and the pages keep the last good list.
        loadThemes(context).catch((error: unknown) => context.logger.error(loggedError(error)));
      });
    },
  };
}

async function loadThemes({ config, store, parseData }: LoaderContext): Promise<void> {
  const root = fileURLToPath(config.root);
  // What the checker says of the file, when it cannot be loaded; Astro's own error if it says nothing.
  // The checker is loaded only then: no build that passes needs it.
  const refused = async (error: unknown) => {
    const { checkThemes } = await import('../analysis/themes.ts');
    const problems: Problem[] = [];
    checkThemes(root, problems);
    return refusal(problems, error);
  };
  const { data, problems } = parseYaml(readFileSync(path.join(root, THEMES_FILE), 'utf8'));
  if (problems.length > 0 || !Array.isArray(data)) throw await refused(new Error(`${THEMES_FILE} is not a list of themes`));
  const entries: { id: string; data: Record<string, unknown> }[] = [];
  for (const item of data as unknown[]) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || entries.some((entry) => entry.id === id)) {
      throw await refused(new Error(`${THEMES_FILE} has a theme with no id of its own`));
    }
    const parsed = await parseData({ id, data: item as Record<string, unknown>, filePath: THEMES_FILE }).catch(
      async (error: unknown) => {
        throw await refused(error);
      },
    );
    entries.push({ id, data: parsed });
  }
  // Replaced only once the whole list is good, so a mistake never leaves half of it.
  store.clear();
  for (const entry of entries) store.set({ ...entry, filePath: THEMES_FILE });
}
