import type { APIRoute, GetStaticPaths } from 'astro';
import { allJsonSchemas } from '../../lib/publish/json-schema.ts';
import { site } from '../../lib/site.ts';

/** Serves the JSON Schema of each collection at /schemas/<collection>.schema.json. */
export const getStaticPaths = (() =>
  allJsonSchemas(site.url).map(({ file, schema }) => ({
    params: { file },
    props: { schema },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['schema'], null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
