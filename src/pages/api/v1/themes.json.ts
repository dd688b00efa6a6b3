import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/content/site-data.ts';
import { site } from '../../../lib/site.ts';
import { entryPage } from '../../../schemas/index.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const themes = data.themes.map((theme) => ({
    ...theme.data,
    url: new URL(entryPage('themes', theme.id), site.url).href,
  }));
  return Response.json({ collection: 'themes', count: themes.length, entries: themes });
};
