/** `/data/sites.json`: the whole catalogue as open data, written at build time. */
import type { APIRoute } from 'astro';
import { allSites } from '../../data/catalogue.ts';
import { sitesToJson } from '../../lib/open-data.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(sitesToJson(await allSites()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
