import { createRoute, z } from '@hono/zod-openapi';
import { env } from 'cloudflare:workers';
import { createRouter, problemResponses } from '../http/router.ts';
import { Problem } from '#src/server/problem.ts';
import { pingDatabase } from './queries.ts';
import { allSites } from '#src/catalogue/index.ts';

const sites = allSites();

const HealthSchema = z
  .object({ status: z.literal('ok'), sites: z.number().int(), db: z.literal('ok') })
  .openapi('Health');

/** `GET /api/health`: the catalogue size and a real round trip to D1. */
export const healthRouter = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Service health: catalogue size and database round trip',
    responses: {
      200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
      ...problemResponses(503),
    },
  }),
  async (c) => {
    try {
      await pingDatabase(env.DB);
    } catch {
      throw new Problem(503, 'The review database did not answer. Try again in a minute.');
    }
    return c.json({ status: 'ok' as const, sites: sites.length, db: 'ok' as const }, 200, {
      'cache-control': 'no-store',
    });
  },
);
