import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/content/site-data.ts';
import { atomFeed, feedItems } from '../../../lib/publish/feed.ts';
import { site } from '../../../lib/site.ts';
import { entryPage } from '../../../schemas/index.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.themes.map((theme) => ({ params: { id: theme.id }, props: { title: theme.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const id = params['id']!;
  const items = feedItems(await siteData()).filter((item) => item.themes.includes(id));
  return new Response(
    atomFeed({
      title: `${site.name}: ${props['title']}`,
      path: entryPage('themes', id),
      selfPath: `${entryPage('themes', id)}feed.xml`,
      items,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
