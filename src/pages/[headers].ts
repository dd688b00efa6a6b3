/**
 * dist/_headers. Astro leaves files whose names start with "_" out of its routes, so the file is a
 * route with that one name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/publish/security-headers.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
