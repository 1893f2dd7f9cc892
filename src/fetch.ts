/**
 * The Worker's request pipeline (Astro 7 composable fetch handler): `/api/*`
 * goes to the Hono API in `functions/`, everything else to Astro's own handler,
 * which serves the prerendered pages and the few on-demand ones.
 */
import { Hono } from 'hono';
import { astro } from 'astro/hono';
import { api } from '../functions/index.ts';

const app = new Hono();
app.route('/api', api);
app.all('*', astro());

export default app;
