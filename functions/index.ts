/**
 * The Networkwise JSON API. This file only composes: one router per feature,
 * the OpenAPI document, one error handler and one not-found. `src/fetch.ts`
 * mounts it at `/api`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { healthRouter } from './health/router.ts';
import { searchRouter } from './search/router.ts';
import { reviewsRouter } from './reviews/router.ts';
import { recommendRouter } from './recommend/router.ts';
import { compareRouter } from './compare/router.ts';
import { ratingsRouter } from './ratings/router.ts';
import { communityRouter } from './community/router.ts';
import { Problem, problemResponse } from '#src/server/problem.ts';
import { STATE_CHANGING_METHODS, isCrossSiteRequest } from '#src/server/cross-site.ts';
import { DB_BUSY_MESSAGE, DB_RETRY_HEADERS, isTransientDbError } from '#src/server/db-errors.ts';
import { finishDocument } from './http/openapi.ts';
import { loadCatalogue } from '#src/catalogue/index.ts';

export const api = new OpenAPIHono();

/** CORS for reads: any site may read the public GET routes (never moderation, never writes). */
const CORS_READ_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, Content-Type',
};

/** The methods the API answers on a path (without `/api`), or undefined for an unknown path. */
function methodsFor(path: string): string[] | undefined {
  return pathPatterns.find((p) => p.pattern.test(path))?.methods;
}

/**
 * How long the API took to answer, measured inside the Worker, from here (its
 * first middleware) to its response: `Server-Timing: app;dur=<ms>`.
 * `npm run bench:scale` reads it for the Worker's own latency, without the
 * local proxy's. In workerd run locally the clock advances while code runs
 * (in whole milliseconds); on Cloudflare it advances only across I/O, so
 * there it counts the waits (asset reads, D1), not the computing.
 */
api.use('*', async (c, next) => {
  const began = performance.now();
  await next();
  c.res.headers.append('server-timing', `app;dur=${(performance.now() - began).toFixed(2)}`);
});

api.use('*', async (c, next) => {
  const path = new URL(c.req.url).pathname.replace(/^\/api/, '');
  const readable = !path.startsWith('/admin') && (methodsFor(path)?.includes('GET') ?? false);
  if (c.req.method === 'OPTIONS' && readable) {
    const asked = (c.req.header('access-control-request-method') ?? 'GET').toUpperCase();
    if (asked === 'GET' || asked === 'HEAD') {
      return new Response(null, {
        status: 204,
        headers: {
          ...CORS_READ_HEADERS,
          'access-control-allow-methods': 'GET, HEAD, OPTIONS',
          'access-control-allow-headers': 'Accept, Content-Type',
          'access-control-max-age': '86400',
        },
      });
    }
  }
  await next();
  if (readable && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
    for (const [name, value] of Object.entries(CORS_READ_HEADERS)) c.res.headers.set(name, value);
  }
  return undefined;
});

// Before every route: state changes must come from our own pages (or non-browser clients).
api.use('*', async (c, next) => {
  if (STATE_CHANGING_METHODS.has(c.req.method) && isCrossSiteRequest(c.req.raw)) {
    return problemResponse(
      403,
      'Requests that change data must come from a Networkwise page; this one came from another site.',
    );
  }
  return next();
});

// The catalogue, loaded once per isolate, for every route that reads it: not search,
// which loads only its own, smaller files (src/features/search/index.ts) so a first
// search stays fast, and not the OpenAPI document, which is built from the routers' schemas.
const WITHOUT_CATALOGUE = /^\/api\/(search(\/|$)|openapi\.json$)/;
api.use('*', async (c, next) => {
  if (!WITHOUT_CATALOGUE.test(c.req.path)) await loadCatalogue();
  return next();
});

// One line per feature; the chain keeps every route's types for `AppType`.
export const apiRoutes = api
  .route('/health', healthRouter)
  .route('/search', searchRouter)
  .route('/', reviewsRouter)
  .route('/recommend', recommendRouter)
  .route('/compare', compareRouter)
  .route('/ratings', ratingsRouter)
  .route('/', communityRouter);

/**
 * The API's type: browser code derives its request and response types from
 * it (`InferResponseType`), so they are written once, here, by the routers.
 */
export type AppType = typeof apiRoutes;

/** The OpenAPI document's header; paths come from the routers' zod schemas. */
const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Networkwise API',
    version: '1.0.0',
    description:
      'Search, compare, recommend and review networking sites. Errors are application/problem+json (RFC 9457). GET routes may be read from any origin (CORS); writes only from Networkwise pages.',
    // The licence of the API's answers (catalogue data and reviews); to be confirmed by the project owner.
    license: { name: 'Creative Commons Attribution 4.0', identifier: 'CC-BY-4.0' },
  },
  servers: [{ url: '/api' }],
};

/** The OpenAPI 3.1 document served at `/api/openapi.json` (also rendered on `/developers/api/`). */
export function openApiDocument() {
  return finishDocument(api.getOpenAPI31Document(OPENAPI_CONFIG), {
    description: 'Problem (403): a request that changes data came from another site',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
}

let servedDocument: ReturnType<typeof openApiDocument> | undefined;
api.get('/openapi.json', (c) => c.json((servedDocument ??= openApiDocument())));

/** Each registered path as a pattern, with the methods it answers (for 405 and `Allow`). */
const methodsByPath = Map.groupBy(
  api.routes.filter((r) => r.method !== 'ALL'),
  (r) => r.path,
);
const pathPatterns = [...methodsByPath].map(([path, routes]) => ({
  pattern: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/:[^/]+/g, '/[^/]+')}/?$`),
  methods: [...new Set(routes.map((r) => r.method))],
}));

// A catch-all rather than notFound(): a mounted app's notFound never runs;
// the parent would hand the request to Astro's HTML 404 instead.
api.all('*', (c) => {
  const path = new URL(c.req.url).pathname.replace(/^\/api/, '');
  const allowed = pathPatterns.find((p) => p.pattern.test(path))?.methods;
  if (allowed) {
    return problemResponse(
      405,
      `${path} answers ${allowed.join(' and ')}, not ${c.req.method}. See /api/openapi.json.`,
      {
        headers: { allow: allowed.join(', ') },
      },
    );
  }
  return problemResponse(
    404,
    `There is no API route ${c.req.method} ${new URL(c.req.url).pathname}. See /api/openapi.json for the routes.`,
  );
});

api.onError((error, c) => {
  if (error instanceof Problem) return problemResponse(error.status, error.detail, error.extra);
  if (error instanceof HTTPException)
    return problemResponse(error.status, error.message || 'The request could not be processed.');
  if (isTransientDbError(error)) {
    console.warn('Database trouble', c.req.method, c.req.path, error);
    return problemResponse(503, DB_BUSY_MESSAGE, { headers: { ...DB_RETRY_HEADERS } });
  }
  console.error('Unhandled API error', c.req.method, c.req.path, error);
  return problemResponse(500, 'Something went wrong on our side. The error was logged; please try again.');
});
