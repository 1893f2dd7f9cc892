/** `/data/sites.json`: the whole catalogue as open data, written at build time. */
import type { APIRoute } from 'astro';
import { allSites } from '#src/catalogue/index.ts';
import { sitesToJson } from '#src/catalogue/open-data.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(sitesToJson(await allSites()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
