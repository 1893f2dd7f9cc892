/**
 * The Worker's request pipeline (Astro 7 composable fetch handler): `/api/*`
 * goes to the Hono API in `functions/`, everything else to Astro's own handler,
 * which serves the prerendered pages and the few on-demand ones. Every Worker
 * response gets the security headers; cross-site state changes are refused.
 */
import { Hono } from 'hono';
import { astro } from 'astro/hono';
import { api } from '../functions/index.ts';
import { problemResponse } from '../functions/lib/problem.ts';
import { SECURITY_HEADERS } from './lib/security-headers.ts';
import { STATE_CHANGING_METHODS, isCrossSiteRequest } from '../functions/lib/cross-site.ts';

const app = new Hono();

app.use('*', async (c, next) => {
  await next();
  // Responses from fetch() or the assets binding can be immutable: copy first.
  const res = new Response(c.res.body, c.res);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.headers.set(name, value);
  c.res = res;
});

app.use('/api/*', async (c, next) => {
  if (STATE_CHANGING_METHODS.has(c.req.method) && isCrossSiteRequest(c.req.raw)) {
    return problemResponse(403, 'Requests that change data must come from a Networkwise page; this one came from another site.');
  }
  return next();
});

app.route('/api', api);
app.all('*', astro());

export default app;
