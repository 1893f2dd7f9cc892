/**
 * What the on-demand site and alternatives pages (the long tail,
 * src/catalogue/prerender.ts) do before rendering: find the entry, or answer
 * for a miss as a prerendered page's address would be answered.
 */
import type { AstroGlobal } from 'astro';
import { LONG_TAIL_CACHE_CONTROL, siteBySlug, siteCaseRedirect, type SiteEntry } from '#src/catalogue/index.ts';

/**
 * The entry `Astro.params.entry` names, with the long-tail `Cache-Control` set;
 * or the answer instead of the page: a 301 for a slug in the wrong case or a
 * path without its slash, an empty 404 (Astro then renders src/pages/404.astro)
 * for an unknown slug.
 */
export function longTailEntry(Astro: AstroGlobal): SiteEntry | Response {
  const site = siteBySlug(Astro.params.entry ?? '');
  if (!site) {
    // Said here too: a redirect from the not-found page rendered for this route's 404 would keep the 404 status.
    const lowercase = siteCaseRedirect(Astro.url);
    return lowercase ? Astro.redirect(lowercase, 301) : new Response(null, { status: 404 });
  }
  // One address per page, as for the prerendered ones (whose files Cloudflare serves at `…/` only).
  if (!Astro.url.pathname.endsWith('/')) return Astro.redirect(`${Astro.url.pathname}/${Astro.url.search}`, 301);
  Astro.response.headers.set('cache-control', LONG_TAIL_CACHE_CONTROL);
  return site;
}
