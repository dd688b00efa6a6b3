/**
 * The open data: each entry as plain JSON (references as ids, dates as YYYY-MM-DD), with its
 * address and licence. The same records feed the JSON API and the feeds.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec, entryPage } from '../../schemas/index.ts';
import { isoDate } from '../text/dates.ts';
import { licenceDetails, type LicenceId } from './licences.ts';
import { site } from '../site.ts';

export type EntryCollection = Exclude<CollectionKey, 'themes'>;

/** The collections published entry by entry. */
export const entryCollections: EntryCollection[] = ['caseStudies', 'evidence', 'playbooks', 'trusts'];

/** Replaces Astro's reference objects with ids and dates with YYYY-MM-DD, recursively. */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (
      typeof record['id'] === 'string' &&
      typeof record['collection'] === 'string' &&
      Object.keys(record).length === 2
    ) {
      return record['id'];
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

/** The open data's file of a whole collection, from the site's root. */
export const collectionRecordsFile = (collection: CollectionName) => `/api/v1/${collectionSpec(collection).route}.json`;

/** The folder of a collection's files of one entry each, from the site's root. */
export const entryRecordsFolder = (collection: EntryCollection) => `/api/v1/${collectionSpec(collection).route}/`;

/** The open data's file of one entry, from the site's root. */
export const entryRecordFile = (collection: EntryCollection, id: string) =>
  `${entryRecordsFolder(collection)}${id}.json`;

export function entryRecord<C extends EntryCollection>(collection: C, entry: CollectionEntry<C>) {
  const data = plain(entry.data) as Record<string, unknown>;
  const licence = (data['licence'] as LicenceId | undefined) ?? 'CC-BY-4.0';
  return {
    id: entry.id,
    url: new URL(entryPage(collection, entry.id), site.url).href,
    json: new URL(entryRecordFile(collection, entry.id), site.url).href,
    licenceUrl: licenceDetails[licence].url,
    ...data,
    licence,
  };
}
