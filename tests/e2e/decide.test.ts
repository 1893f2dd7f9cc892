/**
 * Decision signals in lists, sorting and filtering without JavaScript, the
 * catalogue's pages, the alternatives pages and the purpose map on phones,
 * in Chromium against the built site with its
 * seeded reviews (scripts/seed.sql: LinkedIn, BNI and Meetup).
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { weighPage } from '../support/budgets';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { filterSites } from '#src/catalogue/site-filter.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { MAX_ALTERNATIVES, rankAlternatives } from '#src/features/alternatives/index.ts';
import { CATALOGUE_PAGE_SIZE, cataloguePages, startYear } from '#src/features/directories/index.ts';
import { bestKnownSites } from '#src/features/purposes/index.ts';

const baseUrl = inject('baseUrl');
const root = `${import.meta.dirname}/../..`;
const sites: SiteEntry[] = loadEntries(readCatalogueFiles(root));
const byName = [...sites].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
const browser = useBrowser();

const cardSlugs = (page: Page) =>
  page.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')!));

describe('the catalogue in pages, without JavaScript', () => {
  it(`shows ${CATALOGUE_PAGE_SIZE} sites a page and reaches every site once through the pager`, async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    const seen: string[] = [];
    const pages = cataloguePages(sites.length);
    for (let n = 1; n <= pages; n++) {
      expect(new URL(page.url()).pathname).toBe(n === 1 ? '/sites/' : `/sites/page/${n}/`);
      const slugs = await cardSlugs(page);
      expect(slugs.length).toBe(n < pages ? CATALOGUE_PAGE_SIZE : sites.length - CATALOGUE_PAGE_SIZE * (pages - 1));
      seen.push(...slugs);
      const pager = page.getByRole('navigation', { name: 'Pages of sites' });
      expect(await pager.locator('a[aria-current="page"]').innerText()).toContain(String(n));
      if (n < pages)
        // Wait for the next page itself: /sites/ matches any page of the pager, the current one included.
        await Promise.all([
          page.waitForURL(`${baseUrl}/sites/page/${n + 1}/`),
          pager.getByRole('link', { name: /Next/ }).click(),
        ]);
      else expect(await pager.getByRole('link', { name: /Next/ }).count()).toBe(0);
    }
    expect(seen).toEqual(filterSites(byName, {}).map((s) => s.slug));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps every catalogue page and every alternatives page under 14 kB of HTML + CSS, compressed', () => {
    const client = join(root, 'dist/client');
    const files = [
      'sites/index.html',
      ...Array.from({ length: cataloguePages(sites.length) - 1 }, (_, i) => `sites/page/${i + 2}/index.html`),
      ...sites.map((s) => `sites/${s.slug}/alternatives/index.html`),
    ];
    for (const file of files) {
      const w = weighPage(client, file);
      expect(w.html + w.css, file).toBeLessThan(14 * 1024);
    }
  });

  it('shows price, countries and status on every card, and a link to the reviews where the rating goes', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    const first = filterSites(byName, {})[0]!;
    const card = page.locator(`.card[data-slug="${first.slug}"]`);
    expect(await card.locator('[data-price]').innerText()).toMatch(/^(Free|Freemium|Paid|Membership)/);
    expect(await card.locator('[data-rating] a').getAttribute('href')).toBe(`/sites/${first.slug}/reviews/`);
    expect(await card.locator('[data-rating]').innerText()).toBe('Reviews');
    await context.close();
  });
});

describe('filters and sort on /sites/filter/, without JavaScript', () => {
  it('filter by price, time cost and status from the form, then sort by newest', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    await page.getByLabel('Price', { exact: true }).selectOption('free');
    await page.getByLabel('Time it takes', { exact: true }).selectOption('light');
    await page.getByLabel('Status', { exact: true }).selectOption('active');
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?price=free&time=light&status=active`),
      page.getByRole('button', { name: 'Show sites' }).click(),
    ]);
    const expected = filterSites(byName, { price: 'free', time: 'light', status: 'active' });
    expect(expected.length).toBeGreaterThan(0);
    expect(await cardSlugs(page)).toEqual(expected.slice(0, CATALOGUE_PAGE_SIZE).map((s) => s.slug));

    await page.getByLabel('Sort by', { exact: true }).selectOption('newest');
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?price=free&time=light&status=active&sort=newest`),
      page.getByRole('button', { name: 'Show sites' }).click(),
    ]);
    const years = (await cardSlugs(page)).map((slug) => startYear(sites.find((s) => s.slug === slug)!));
    const known = years.filter((y) => y !== undefined);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.indexOf(undefined)).toBeLessThanOrEqual(years.length === known.length ? -1 : known.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sorts by rating from D1 and shows the seeded ratings without JavaScript', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    // Other test files add and approve reviews in the same database: compare with what D1 says now.
    const ratings = await (
      await fetch(`${baseUrl}/api/ratings`)
    ).json<Record<string, { count: number; average: number }>>();
    await page.goto(`${baseUrl}/sites/filter/?sort=rating`);
    const slugs = await cardSlugs(page);
    const rated = slugs.filter((slug) => ratings[slug] !== undefined);
    expect(rated.length).toBeGreaterThan(0);
    // Rated sites first, best average first.
    expect(slugs.slice(0, rated.length)).toEqual(rated);
    const averages = rated.map((slug) => ratings[slug]!.average);
    expect(averages).toEqual([...averages].sort((a, b) => b - a));
    const first = rated[0]!;
    const { count, average } = ratings[first]!;
    const badge = page.locator(`.card[data-slug="${first}"] .rating`);
    expect(await badge.innerText()).toContain(`★ ${average.toFixed(1)} (${count})`);
    const unrated = slugs.find((slug) => ratings[slug] === undefined);
    if (unrated) expect(await page.locator(`.card[data-slug="${unrated}"] .rating`).innerText()).toBe('No reviews yet');
    await context.close();
  });

  it('pages a long filtered list and answers 400 for a bad value, naming it', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const all = filterSites(byName, { status: 'active' });
    await page.goto(`${baseUrl}/sites/filter/?status=active`);
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?status=active&page=2`),
      page.getByRole('navigation', { name: 'Pages of sites' }).getByRole('link', { name: /Next/ }).click(),
    ]);
    expect(await cardSlugs(page)).toEqual(all.slice(CATALOGUE_PAGE_SIZE, 2 * CATALOGUE_PAGE_SIZE).map((s) => s.slug));
    for (const query of ['price=gold', 'sort=popular', 'time=forever', 'status=active&page=999']) {
      const res = await page.goto(`${baseUrl}/sites/filter/?${query}`);
      expect(res!.status(), query).toBe(400);
      expect(await page.locator('[data-filter-errors]').innerText()).toContain(query.split('=').at(-1)!);
    }
    // The default sort is left out of the address.
    await page.goto(`${baseUrl}/sites/filter/?price=paid&sort=name`);
    expect(page.url()).toBe(`${baseUrl}/sites/filter/?price=paid`);
    // A page of a prerendered view is its own page, not page 1 with a query.
    const business = filterSites(byName, { kind: 'business' });
    await page.goto(`${baseUrl}/sites/filter/?kind=business&page=2`);
    expect(page.url()).toBe(`${baseUrl}/sites/filter/business/all/page/2/`);
    expect(await cardSlugs(page)).toEqual(
      business.slice(CATALOGUE_PAGE_SIZE, 2 * CATALOGUE_PAGE_SIZE).map((s) => s.slug),
    );
    await context.close();
  });
});

describe('ratings on prerendered lists, with JavaScript', () => {
  it('fill in from /api/ratings: the seeded rating, and "No reviews yet" elsewhere', async () => {
    const { page, context, errors } = await openPage(browser());
    const index = filterSites(byName, {}).findIndex((s) => s.slug === 'linkedin');
    const n = Math.floor(index / CATALOGUE_PAGE_SIZE) + 1;
    await page.goto(`${baseUrl}${n === 1 ? '/sites/' : `/sites/page/${n}/`}`);
    const linkedin = page.locator('.card[data-slug="linkedin"] [data-rating]');
    await expect.poll(() => linkedin.innerText()).toContain('★ 3.5 (2)');
    const other = page.locator('.card:not([data-slug="linkedin"]):not([data-slug="bni"]):not([data-slug="meetup"])');
    await expect.poll(() => other.first().locator('[data-rating]').innerText()).toBe('No reviews yet');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('alternatives pages', () => {
  it('rank the alternatives with a reason each, mark the editors’ picks, and are linked from the site page', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/bni/`);
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/bni/alternatives/`),
      page.getByRole('link', { name: 'See all alternatives to BNI' }).click(),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Alternatives to BNI');
    const bni = sites.find((s) => s.slug === 'bni')!;
    const expected = rankAlternatives(bni, sites);
    const items = page.locator('[data-alternatives] > li');
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))).toEqual(
      expected.slice(0, MAX_ALTERNATIVES).map((a) => a.site.slug),
    );
    expect(await items.first().locator('[data-reason]').innerText()).toMatch(/^Why: also /);
    expect(await page.locator('[data-editors-pick]').count()).toBe(
      expected.slice(0, MAX_ALTERNATIVES).filter((a) => a.editorsPick).length,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('name past the closest cards every other site the editors list, in the same order, so a long list stays light', async () => {
    // The site the editors pair with the most sites: more than a page of cards.
    const many = [...sites].sort((a, b) => b.alternatives.length - a.alternatives.length)[0]!;
    const expected = rankAlternatives(many, sites);
    expect(expected.length).toBeGreaterThan(MAX_ALTERNATIVES);
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/${many.slug}/alternatives/`);
    expect(await page.locator('[data-alternatives] > li').count()).toBe(MAX_ALTERNATIVES);
    const named = await page
      .locator('[data-more-picks] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
    expect(named).toEqual(expected.slice(MAX_ALTERNATIVES).map((a) => a.site.slug));
    // Past the cards, only the editors' picks.
    expect(expected.slice(MAX_ALTERNATIVES).every((a) => a.editorsPick)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("show on the site page at most 12 of the editors' running picks, the closest first, and say how many there are", async () => {
    const running = (s: SiteEntry) =>
      s.alternatives.map((slug) => sites.find((x) => x.slug === slug)!).filter((a) => a.status !== 'closed');
    // The site the editors pair with the most running sites, and one with a few.
    const many = [...sites].sort((a, b) => running(b).length - running(a).length)[0]!;
    const few = sites.find((s) => s.status !== 'closed' && running(s).length > 0 && running(s).length <= 12)!;
    expect(running(many).length).toBeGreaterThan(12);
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const listed = async (slug: string) => {
      await page.goto(`${baseUrl}/sites/${slug}/`);
      const section = page.locator('section[aria-labelledby="alt-h"]');
      return {
        slugs: await section
          .locator('ul:not([data-compare-with]) > li > a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!)),
        text: await section.locator('p').first().innerText(),
      };
    };
    const big = await listed(many.slug);
    expect(big.slugs).toHaveLength(12);
    // The closest first: the same order as the alternatives page ranks those picks.
    const ranked = rankAlternatives(many, sites)
      .filter((a) => a.editorsPick)
      .map((a) => a.site.slug);
    expect(big.slugs).toEqual(ranked.slice(0, 12));
    expect(big.text).toContain(`The 12 closest of the editors’ ${running(many).length} picks.`);
    const small = await listed(few.slug);
    expect(new Set(small.slugs)).toEqual(new Set(running(few).map((a) => a.slug)));
    expect(small.text).not.toContain('closest of the editors');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exist for every site, closed ones too, and are in the sitemap', async () => {
    const closed = sites.find((s) => s.status === 'closed')!;
    expect((await fetch(`${baseUrl}/sites/${closed.slug}/alternatives/`)).status).toBe(200);
    const index = await (await fetch(`${baseUrl}/sitemap-index.xml`)).text();
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const xml = (await Promise.all(maps.map(async (p) => (await fetch(baseUrl + p)).text()))).join('');
    for (const s of sites) expect(xml).toContain(`/sites/${s.slug}/alternatives/</loc>`);
    expect(xml).toContain('/sites/page/2/</loc>');
  });

  it('are where search sends "alternatives to X"', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('alternatives to linkedin')}`);
    expect(await page.locator('a[href="/sites/linkedin/alternatives/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the purpose map on phones', () => {
  for (const width of [320, 390]) {
    it(`at ${width} px shows the map as a list by region, no wider than the screen`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('svg[data-purpose-map]').isVisible()).toBe(false);
      const compact = page.locator('[data-map-compact]');
      expect(await compact.isVisible()).toBe(true);
      // The home page's map (and so its list) places the best-known running sites; the full map, all of them.
      expect(await compact.locator('a').count()).toBe(bestKnownSites(sites).length);
      await context.close();
    });
  }

  it('at 1366 px shows the SVG, not the list', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('svg[data-purpose-map]').isVisible()).toBe(true);
    expect(await page.locator('[data-map-compact]').isVisible()).toBe(false);
    expect(await page.locator('[data-map-hint]').isVisible()).toBe(false);
    await context.close();
  });

  it('has a "Skip the map" link before the first dot that moves focus past the map', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    const order = await page.evaluate(() => {
      const links = [...document.querySelectorAll('a')];
      const skip = links.findIndex((a) => a.textContent === 'Skip the map');
      const firstDot = links.findIndex((a) => a.closest('svg[data-purpose-map]'));
      return { skip, firstDot };
    });
    expect(order.skip).toBeGreaterThanOrEqual(0);
    expect(order.skip).toBeLessThan(order.firstDot);
    await page.getByRole('link', { name: 'Skip the map' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inMap = await page.evaluate(() => Boolean(document.activeElement?.closest('.purpose-map')));
    expect(inMap).toBe(false);
    await context.close();
  });
});
