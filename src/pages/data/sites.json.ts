/** `/data/sites.json`: the whole catalogue as open data, written at build time. */
import type { APIRoute } from 'astro';
import { allSites, sitesToJson } from '#src/catalogue/index.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(sitesToJson(allSites()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
