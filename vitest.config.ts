import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { catalogue } from '#src/integrations/vite-catalogue.ts';

/**
 * Three projects: `unit` (pure code in Node), `api` (the Hono app inside
 * workerd against a real local D1 with the migrations applied) and `e2e`
 * (Chromium against the built site; see tests/support/e2e-global-setup.ts).
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations('migrations');
  return {
    test: {
      projects: [
        {
          plugins: [catalogue()],
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            environment: 'node',
            // Pure code with no mocks, stubbed globals, env or fake timers, and caches keyed by the objects they
            // hold: files can share workers, saving a worker start (~0.4 s) per file.
            isolate: false,
          },
        },
        {
          plugins: [
            catalogue(),
            cloudflareTest({
              // The tests call the API's modules themselves; wrangler.toml's `main` (src/worker.ts) is Astro's
              // handler, which exists only in Astro's build, so the API's own module stands in for it.
              main: './functions/index.ts',
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: 'test-admin-token',
                  CLIENT_HASH_KEY: 'test-client-key',
                },
              },
            }),
          ],
          test: { name: 'api', include: ['tests/api/**/*.test.ts'], setupFiles: ['tests/support/apply-migrations.ts'] },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/support/e2e-global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            // One browser-heavy file at a time: 2 cores are shared with workerd.
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
