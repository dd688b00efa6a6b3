import type { APIRoute } from 'astro';
import { siteData } from '../lib/content/site-data.ts';
import { atomFeed, feedItems } from '../lib/publish/feed.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = async () =>
  new Response(
    atomFeed({
      title: `${site.name}: new and updated`,
      path: '/',
      selfPath: '/feed.xml',
      items: feedItems(await siteData()),
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
