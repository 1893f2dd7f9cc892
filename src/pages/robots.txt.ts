/** `/robots.txt`, naming the sitemap at this build's site address. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '#src/shared/site-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /admin/',
      'Disallow: /api/',
      '',
      `Sitemap: ${new URL('/sitemap-index.xml', site ?? SITE_URL).href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
