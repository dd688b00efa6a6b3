import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeChangedFiles } from '../lib/built/same-files.ts';
import {
  collectionRecordsFile,
  entryCollections,
  entryRecordFile,
  entryRecordsFolder,
} from '../lib/publish/open-data.ts';

/** The folders this integration writes, from dist/, for the integration that removes what a build no longer produces. */
export const ENTRY_RECORD_FOLDERS = entryCollections.map((collection) => entryRecordsFolder(collection).slice(1, -1));

/**
 * Writes the open data's file of each entry (/api/v1/case-studies/<id>.json) from its collection's
 * file, which holds the same records, made by the same function (src/lib/publish/open-data.ts).
 *
 * Astro's build spends about as long on each file it makes as on a page, whatever its size: a
 * request, a response, a folder and two writes (one for its incremental-build cache). At 2,000
 * entries the 2,041 entry files took 0.7-1.2 s of the page phase; written here, 0.16 s, and a
 * rebuild compares them in 0.07 s. The route `/api/v1/[collection]/[id].json` serves the same
 * files in `npm run dev`.
 *
 * A rebuild writes only the files that changed and removes those of deleted entries.
 */
export function entryRecordFiles(): AstroIntegration {
  return {
    name: 'commons-entry-records',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let count = 0;
        let written = 0;
        let removed = 0;
        for (const collection of entryCollections) {
          const { entries } = JSON.parse(readFileSync(path.join(dist, collectionRecordsFile(collection)), 'utf8')) as {
            entries: { id: string }[];
          };
          const folder = path.join(dist, entryRecordsFolder(collection));
          // Response.json, which wrote the collection's file, serialises as JSON.stringify does.
          const files = entries.map((record) => ({
            path: path.posix.basename(entryRecordFile(collection, record.id)),
            content: Buffer.from(JSON.stringify(record)),
          }));
          const changes = await writeChangedFiles(folder, files);
          count += files.length;
          written += changes.written;
          removed += changes.removed;
        }
        logger.info(`${count} entry files: ${written} written, ${removed} removed, the rest unchanged`);
      },
    },
  };
}
