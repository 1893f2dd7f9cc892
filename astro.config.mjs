// @ts-check
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { catalogue } from '#src/integrations/vite-catalogue.ts';
import { securityHeaders } from '#src/integrations/security-headers.ts';
import { SITE_URL } from '#src/shared/site-url.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  // No sessions: visitors get no cookies (the README promises it), so no SESSION KV binding either.
  session: false,
  trailingSlash: 'ignore',
  adapter: cloudflare({ imageService: 'passthrough' }),
  integrations: [
    securityHeaders(),
    // On-demand pages (search, quiz results, compare of any set, the catalogue filtered by country or field, admin) depend on a query and stay out;
    // the field and country directories (/fields/…, /countries/…) are prerendered and listed (tests/e2e/directories.test.ts checks).
    sitemap({
      filter: (page) =>
        !/\/(admin|search|quiz\/results|compare)\//.test(new URL(page).pathname) ||
        /\/compare\/[^/]+-vs-[^/]+\/$/.test(new URL(page).pathname),
    }),
  ],
  vite: {
    plugins: [catalogue()],
    // Never inline small client scripts into the HTML: the CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
