import { defineMiddleware } from 'astro:middleware';
import { markExternalLinks } from './lib/external-links.ts';

/** Runs as each page is built: the HTML of every page passes through the external-link rule. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(markExternalLinks(await response.text()), response);
});
