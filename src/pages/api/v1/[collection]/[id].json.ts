import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/content/site-data.ts';
import { entryCollections, entryRecord } from '../../../../lib/publish/open-data.ts';
import { collectionSpec } from '../../../../schemas/index.ts';

/**
 * /api/v1/case-studies/<id>.json: one entry, in `npm run dev`. A build writes these files from each
 * collection's file instead, which holds the same records (src/integrations/entry-records.ts).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const data = await siteData();
  return entryCollections.flatMap((name) =>
    data[name].map((entry) => ({
      params: { collection: collectionSpec(name).route, id: entry.id },
      props: { record: entryRecord(name, entry as never) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['record']);
