import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/content/site-data.ts';
import { schemaFileName } from '../../../lib/publish/json-schema.ts';
import { licenceDetails } from '../../../lib/publish/licences.ts';
import { collectionRecordsFile } from '../../../lib/publish/open-data.ts';
import { site } from '../../../lib/site.ts';
import { collectionSpecs } from '../../../schemas/index.ts';

/** The index of the open data: what there is, where, and under which licence. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const url = (path: string) => new URL(path, site.url).href;
  return Response.json({
    name: site.name,
    version: 1,
    documentation: url('/developers/'),
    licence: {
      default: licenceDetails['CC-BY-4.0'],
      note: 'Entries with "licence": "OGL-3.0" are under the Open Government Licence v3.0.',
    },
    collections: collectionSpecs.map((spec) => ({
      name: spec.route,
      title: spec.label.plural,
      count: data[spec.name].length,
      url: url(collectionRecordsFile(spec.name)),
      schema: url(`/schemas/${schemaFileName(spec)}`),
    })),
    impactCsv: url('/api/v1/impact.csv'),
    feed: url('/feed.xml'),
  });
};
