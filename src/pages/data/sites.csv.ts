/** `/data/sites.csv`: the whole catalogue as one CSV row per site, written at build time. */
import type { APIRoute } from 'astro';
import { allSites, sitesToCsv } from '#src/catalogue/index.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(sitesToCsv(allSites()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
