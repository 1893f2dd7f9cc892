/**
 * The Worker's own copy of the long-tail pages (`/sites/<slug>/`,
 * `/sites/<slug>/alternatives/` and `/compare/<a>-vs-<b>/` rendered on demand; src/catalogue/prerender.ts),
 * in the data centre's cache (`caches.default`), so each is rendered about once
 * per build and location instead of once per visit.
 *
 * - Only 200 answers the page marked cacheable (`LONG_TAIL_CACHE_CONTROL`) are
 *   stored: never a 404, a redirect or an error.
 * - The key is the path plus the build (`catalogueBuiltAt`), and ignores the
 *   query string (the pages read none), so a deploy never answers from the
 *   previous build's copy and `?x=1` cannot fill the cache with copies.
 * - Where there is no Cache API it does nothing (on `*.workers.dev` the API is there but stores nothing).
 */
import type { MiddlewareHandler } from 'hono';
import { LONG_TAIL_CACHE_CONTROL, catalogueBuiltAt } from '#src/catalogue/index.ts';

/** The paths it caches (site, alternatives and compare-pair pages); others pass straight through. */
const CACHED =
  /^\/(?:sites\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:alternatives\/)?|compare\/[a-z0-9]+(?:-[a-z0-9]+)*-vs-[a-z0-9]+(?:-[a-z0-9]+)*\/)$/;
/** How long the data centre keeps a copy: the key changes with each build, so this only bounds the space. */
const STORED_FOR = 'public, max-age=86400';

function defaultCache(): Cache | undefined {
  return (globalThis.caches as (CacheStorage & { default?: Cache }) | undefined)?.default;
}

export function longTailCache(cache: () => Cache | undefined = defaultCache): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const store = c.req.method === 'GET' && CACHED.test(url.pathname) ? cache() : undefined;
    if (!store) return next();
    const key = new Request(new URL(`${url.pathname}?build=${encodeURIComponent(catalogueBuiltAt)}`, url.origin));
    const hit = await store.match(key);
    if (hit) {
      const res = new Response(hit.body, hit);
      res.headers.set('cache-control', LONG_TAIL_CACHE_CONTROL);
      res.headers.set('x-page-cache', 'hit');
      c.res = res;
      return;
    }
    await next();
    if (c.res.status !== 200 || c.res.headers.get('cache-control') !== LONG_TAIL_CACHE_CONTROL) return;
    const copy = new Response(c.res.clone().body, c.res);
    copy.headers.set('cache-control', STORED_FOR);
    copy.headers.delete('set-cookie');
    // Awaited: Astro's fetch handler calls this app without an ExecutionContext (no waitUntil), and a miss is rare.
    await store.put(key, copy);
  };
}
