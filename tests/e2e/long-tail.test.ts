/**
 * Past PRERENDER_LIMIT entries, only the head of the catalogue is prerendered
 * and the rest of the site pages render on demand (src/catalogue/prerender.ts).
 * The real catalogue is far below the limit, so this builds it a second time
 * with a limit of 20 (NETWORKWISE_PRERENDER_LIMIT) into a folder of its own,
 * serves that build, and checks a long-tail page is the same page as the
 * prerendered one in the main build, sent with CDN caching.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { LONG_TAIL_CACHE_CONTROL, prerenderedSites } from '#src/catalogue/prerender.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { listedPairs } from '#src/features/compare/index.ts';
import { serveBuilt, type ServedSite } from '../support/serve-built.mjs';

const LIMIT = 20;
const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const head = new Set(prerenderedSites(sites, LIMIT).map((s) => s.slug));
const tail = sites.find((s) => !head.has(s.slug) && s.status === 'active')!;
const headSite = sites.find((s) => head.has(s.slug))!;
const pairs = listedPairs(sites);
// A comparison of two prerendered entries, and one with a long-tail entry on one side.
const headPair = pairs.find((p) => p.sites.every((slug) => head.has(slug)))!;
const tailPair = pairs.find((p) => p.sites.some((slug) => !head.has(slug)) && p.sites.some((slug) => head.has(slug)))!;

const out = mkdtempSync(join(tmpdir(), 'networkwise-long-tail-'));
let site: ServedSite;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NETWORKWISE_PRERENDER_LIMIT: String(LIMIT) },
  });
  site = await serveBuilt({ dist: out });
}, 240_000);

afterAll(async () => {
  await site?.stop();
  rmSync(out, { recursive: true, force: true });
});

const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];

describe(`the long tail, with only ${LIMIT} entries prerendered`, () => {
  it('prerenders the head and none of the tail', () => {
    expect(existsSync(join(out, `client/sites/${headSite.slug}/index.html`))).toBe(true);
    expect(existsSync(join(out, `client/sites/${tail.slug}/index.html`))).toBe(false);
    expect(existsSync(join(out, `client/sites/${tail.slug}/alternatives/index.html`))).toBe(false);
  });

  it('renders a tail site page and its alternatives on demand, the same as the prerendered pages, cacheable', async () => {
    for (const path of [`/sites/${tail.slug}/`, `/sites/${tail.slug}/alternatives/`]) {
      const res = await fetch(site.baseUrl + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe(LONG_TAIL_CACHE_CONTROL);
      const prerendered = readFileSync(join(root, 'dist/client', path, 'index.html'), 'utf8');
      expect(mainOf(await res.text()), path).toBe(mainOf(prerendered));
      // The Worker keeps a copy in the data centre's cache for the rest of the build's life.
      expect((await fetch(site.baseUrl + path)).headers.get('x-page-cache'), path).toBe('hit');
    }
  });

  it('prerenders the comparisons of two head entries and none with a tail entry', () => {
    expect(existsSync(join(out, `client/compare/${headPair.slug}/index.html`))).toBe(true);
    expect(existsSync(join(out, `client/compare/${tailPair.slug}/index.html`))).toBe(false);
  });

  it('lists the comparisons with a tail entry in the sitemap, beside the prerendered ones', () => {
    const client = join(out, 'client');
    const xml = readdirSync(client)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(client, f), 'utf8'))
      .join('');
    expect(xml).toContain(`/compare/${headPair.slug}/</loc>`);
    expect(xml).toContain(`/compare/${tailPair.slug}/</loc>`);
    expect(xml).not.toContain(`/compare/${tailPair.sites[1]}-vs-${tailPair.sites[0]}/</loc>`);
  });

  it('renders a comparison with a tail entry on demand, the same as the prerendered page, cacheable', async () => {
    const path = `/compare/${tailPair.slug}/`;
    const res = await fetch(site.baseUrl + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(LONG_TAIL_CACHE_CONTROL);
    const prerendered = readFileSync(join(root, 'dist/client', path, 'index.html'), 'utf8');
    expect(mainOf(await res.text())).toBe(mainOf(prerendered));
    expect((await fetch(site.baseUrl + path)).headers.get('x-page-cache')).toBe('hit');
  });

  it('redirects a comparison named the other way round or in capitals, and answers 404 for an unlisted one', async () => {
    const [a, b] = tailPair.sites;
    for (const asked of [
      `/compare/${b}-vs-${a}/`,
      `/compare/${tailPair.slug.toUpperCase()}/`,
      `/compare/${tailPair.slug}`,
    ]) {
      const res = await fetch(site.baseUrl + asked, { redirect: 'manual' });
      expect([301, 307, 308], asked).toContain(res.status);
      expect(new URL(res.headers.get('location')!, site.baseUrl).pathname, asked).toBe(`/compare/${tailPair.slug}/`);
    }
    const unlisted = await fetch(`${site.baseUrl}/compare/${a}-vs-no-such-site-here/`);
    expect(unlisted.status).toBe(404);
    expect(await unlisted.text()).toContain('Page not found');
  });

  it('redirects a tail path in the wrong case or without its slash, and answers 404 for an unknown slug', async () => {
    const upper = await fetch(`${site.baseUrl}/sites/${tail.slug.toUpperCase()}/`, { redirect: 'manual' });
    expect(upper.status).toBe(301);
    expect(new URL(upper.headers.get('location')!, site.baseUrl).pathname).toBe(`/sites/${tail.slug}/`);
    const bare = await fetch(`${site.baseUrl}/sites/${tail.slug}`, { redirect: 'manual' });
    expect([301, 307, 308]).toContain(bare.status);
    expect(new URL(bare.headers.get('location')!, site.baseUrl).pathname).toBe(`/sites/${tail.slug}/`);
    const unknown = await fetch(`${site.baseUrl}/sites/no-such-site-here/`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Page not found');
  });
});
