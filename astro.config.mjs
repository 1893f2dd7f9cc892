// @ts-check
import { defineConfig } from 'astro/config';
import cloudflare from '@astrojs/cloudflare';
import sitemap from '@astrojs/sitemap';
import { catalogueAssets } from '#src/integrations/vite-catalogue.ts';
import { securityHeaders } from '#src/integrations/security-headers.ts';
import { brandAssets } from '#src/integrations/brand-assets.ts';
import { onDemandSitemapPages } from '#src/integrations/sitemap-pages.ts';
import { readerTables } from '#src/integrations/vite-reader-tables.ts';
import { SITE_URL } from '#src/shared/site-url.ts';

/** The catalogue, parsed once per build; the brand assets and the sitemap reuse its entries. */
const catalogue = catalogueAssets();

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  // No sessions: visitors get no cookies (the README promises it), so no SESSION KV binding either.
  session: false,
  trailingSlash: 'ignore',
  // No inspector in the workerd that prerenders (nor in dev's): two builds at once picked the same free port and one
  // failed with EADDRINUSE (seen with parallel builds, issue 16); nothing here uses it.
  // Prerendering stays in workerd (the adapter's default), although `prerenderEnvironment: 'node'` would save that
  // process (0.7 GB at 10,000 entries, issue 16): Node's ICU names some regions differently from workerd's
  // (Intl.DisplayNames: "Hong Kong SAR China" for "Hong Kong", "Falkland Islands" for "Falkland Islands (Islas
  // Malvinas)"), so prerendered pages would disagree with the Worker's on-demand ones (tried 2026-12-03; it also
  // needs a `cloudflare:workers` stub for /developers/api/, whose API routers import `env`).
  // package.json's `overrides` gives @cloudflare/vite-plugin (which pins its own wrangler) the project's wrangler, so a
  // build loads one wrangler, not two: bench:scale at 10,000 entries peaked at 1,891 MB instead of 2,023 (2026-12-03).
  adapter: cloudflare({ imageService: 'passthrough', inspectorPort: false }),
  integrations: [
    // The catalogue: inline for prerendering, static assets under /_catalogue/ for the Worker.
    catalogue,
    securityHeaders(),
    // Logos (/logos/<slug>.svg) and share cards (/og/…png), written after the build from npm packages only.
    brandAssets({ sites: catalogue.sites }),
    // On-demand pages (search, quiz results, compare of any set, the catalogue filtered by country or field, admin) depend on a query and stay out;
    // the field and country directories (/fields/…, /countries/…) are prerendered and listed (tests/e2e/directories.test.ts checks).
    sitemap({
      filter: (page) =>
        !/\/(admin|search|quiz\/results|compare)\//.test(new URL(page).pathname) ||
        /\/compare\/([^/]+-vs-[^/]+\/)?$/.test(new URL(page).pathname),
      // On-demand pages that are the same for everyone (src/integrations/sitemap-pages.ts says which). A getter: the
      // sitemap reads its options when it is written, after the build, from the entries this build already parsed.
      get customPages() {
        return onDemandSitemapPages(catalogue.sites(), SITE_URL);
      },
    }),
  ],
  vite: {
    // The free-text reader's tables, computed by the build, not by the Worker at every cold start (issue 16).
    plugins: [readerTables()],
    // Never inline small client scripts into the HTML: the CSP allows scripts from 'self' only.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
