import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/content/site-data.ts';
import { withPageKeys } from '../../../../lib/content/page-keys.ts';
import { entryCollections, entryRecord } from '../../../../lib/open-data.ts';
import { collectionSpec } from '../../../../schemas/index.ts';

/** /api/v1/case-studies/<id>.json: one entry. */
export const getStaticPaths = (async () => {
  const data = await siteData();
  return withPageKeys(
    data,
    entryCollections.flatMap((name) =>
      data[name].map((entry) => ({
        params: { collection: collectionSpec(name).route, id: entry.id },
        props: { record: entryRecord(name, entry as never) },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['record']);
