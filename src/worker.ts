/**
 * The Worker's entry (wrangler.toml `main`): Astro's Cloudflare handler, with
 * two things in front of it. The API (`/api/*`) goes straight to the request
 * pipeline of `src/fetch.ts`, which is where Astro's handler would send it
 * after matching it against the pages and setting up a page render it never
 * uses: 10-30 ms of an isolate's first request (issue 16: measured in
 * workerd with a catalogue of 10,000 entries), a little on every request
 * after. The same middleware (security headers, the API's own origin check
 * and problem responses) answers it either way. The open data (`/data/*`) is CORS open, so a
 * cross-site read that needs a preflight must get one; but Astro's handler
 * serves any file it knows, whatever the method, and the asset server answers
 * 405 to anything but GET and HEAD. Those files reach the Worker first
 * (`run_worker_first`), an OPTIONS gets the read preflight, other methods but
 * GET and HEAD a 405 that says what is allowed, and the rest goes on as before.
 */
import { handle } from '@astrojs/cloudflare/handler';
import { OPEN_DATA_PREFIX, READ_PREFLIGHT_HEADERS, SECURITY_HEADERS } from '#src/shared/security-headers.ts';
import pipeline from './fetch.ts';

const ALLOW = 'GET, HEAD, OPTIONS';

export default {
  fetch(request, env, context) {
    const { pathname } = new URL(request.url);
    if (pathname === '/api' || pathname.startsWith('/api/')) return pipeline.fetch(request, env, context);
    if (pathname.startsWith(OPEN_DATA_PREFIX)) {
      if (request.method === 'OPTIONS')
        return new Response(null, {
          status: 204,
          headers: { ...SECURITY_HEADERS, ...READ_PREFLIGHT_HEADERS, Allow: ALLOW },
        });
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return new Response(`The open data is read-only: ${ALLOW}.\n`, {
          status: 405,
          headers: { ...SECURITY_HEADERS, Allow: ALLOW, 'Content-Type': 'text/plain; charset=utf-8' },
        });
    }
    return handle(request, env, context);
  },
} satisfies ExportedHandler<Env>;
