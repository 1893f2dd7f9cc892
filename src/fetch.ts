/**
 * The Worker's request pipeline (Astro 7 composable fetch handler): `/api/*`
 * goes to the Hono API in `functions/`, everything else to Astro's own handler,
 * which serves the prerendered pages and the on-demand ones (among them the
 * long tail of site pages, src/catalogue/prerender.ts). Every Worker
 * response gets the security headers. (The API refuses cross-site state
 * changes itself; Astro's checkOrigin does the same for page form posts.)
 */
import { Hono } from 'hono';
import { astro } from 'astro/hono';
import { api } from '#functions/index.ts';
import { SECURITY_HEADERS } from '#src/shared/security-headers.ts';
import { loadCatalogue } from '#src/catalogue/index.ts';
import { longTailCache } from '#src/server/page-cache.ts';

const app = new Hono();

app.use('*', async (c, next) => {
  await next();
  // Responses from fetch() or the assets binding can be immutable: copy first.
  const res = new Response(c.res.body, c.res);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.headers.set(name, value);
  // On-demand pages come as bare `text/html`; say the charset (idempotent: a type that has one is left alone).
  const type = res.headers.get('content-type');
  if (type && /^text\/html\s*$/i.test(type)) res.headers.set('content-type', 'text/html; charset=utf-8');
  c.res = res;
});

app.route('/api', api);

// On-demand pages read the catalogue, loaded once per isolate (static files never reach the Worker).
// Long-tail site pages (src/catalogue/prerender.ts) are answered from the data centre's cache when it has them.
app.all(
  '*',
  longTailCache(),
  async (_c, next) => {
    await loadCatalogue();
    await next();
  },
  astro(),
);

export default app;
