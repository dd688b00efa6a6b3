import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/content/site-data.ts';
import { entryCollections, entryRecord, type EntryCollection } from '../../../lib/publish/open-data.ts';
import { collectionSpec } from '../../../schemas/index.ts';

/** /api/v1/case-studies.json and the like: every entry of a collection, with its address. */
export const getStaticPaths = (() =>
  entryCollections.map((name) => ({
    params: { collection: collectionSpec(name).route },
    props: { name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const name = props['name'] as EntryCollection;
  const data = await siteData();
  const entries = data[name].map((entry) => entryRecord(name, entry as never));
  return Response.json({ collection: collectionSpec(name).route, count: entries.length, entries });
};
