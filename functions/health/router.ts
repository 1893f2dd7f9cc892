import { createRoute, z } from '@hono/zod-openapi';
import { env } from 'cloudflare:workers';
import { createRouter } from '../http/router.ts';
import { DB_RETRY_AFTER_SECONDS } from '#src/server/db-errors.ts';
import { pingDatabase } from './queries.ts';
import { allSites } from '#src/catalogue/index.ts';

const HealthSchema = z
  .object({ status: z.literal('ok'), sites: z.number().int(), db: z.literal('ok') })
  .openapi('Health');

const DegradedSchema = z
  .object({ status: z.literal('degraded'), sites: z.number().int(), db: z.literal('unavailable'), detail: z.string() })
  .openapi('HealthDegraded');

/** `GET /api/health`: the catalogue size and a read of a real D1 table; `degraded` (503) when it fails. */
export const healthRouter = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    operationId: 'getHealth',
    security: [],
    summary: 'Service health: catalogue size and a read of a real database table',
    responses: {
      200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
      503: {
        description: 'Degraded: the database cannot be read (busy, unavailable or corrupt); retry after Retry-After',
        content: { 'application/json': { schema: DegradedSchema } },
      },
    },
  }),
  async (c) => {
    try {
      await pingDatabase(env.DB);
    } catch (error) {
      console.warn('Health check: the database cannot be read', error);
      return c.json(
        {
          status: 'degraded' as const,
          sites: allSites().length,
          db: 'unavailable' as const,
          detail: 'The review database cannot be read right now. Please try again in a moment.',
        },
        503,
        { 'cache-control': 'no-store', 'retry-after': String(DB_RETRY_AFTER_SECONDS) },
      );
    }
    return c.json({ status: 'ok' as const, sites: allSites().length, db: 'ok' as const }, 200, {
      'cache-control': 'no-store',
    });
  },
);
