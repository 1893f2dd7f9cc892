/**
 * The field and country directories, the catalogue's country and field
 * filters and the new attributes on site and purpose pages, in Chromium
 * against the built site. Everything is derived from the catalogue as it is
 * today, so the checks hold while entries are added and changed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { filterSites, splitByCountry } from '#src/catalogue/site-filter.ts';
import { FIELDS, GOOD_SCORE, REACH_BANDS, countryName, labelOf } from '#src/catalogue/taxonomy.ts';
import {
  CATALOGUE_PAGE_SIZE,
  countriesWithPages,
  countryPath,
  countryTitle,
  fieldPath,
  fieldsWithSites,
  fieldTitle,
  filterHref,
  rankForCountry,
  rankForField,
  sortSites,
  NATIONAL_LISTED,
  WORLDWIDE_LISTED,
} from '#src/features/directories/index.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const baseUrl = inject('baseUrl');
const sites: SiteEntry[] = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../..`));
const browser = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The field and the country with the most running sites of their own: the richest pages.
const field = fieldsWithSites(sites).sort(
  (a, b) => rankForField(b, sites).serving.length - rankForField(a, sites).serving.length,
)[0]!;
const country = countriesWithPages(sites).sort(
  (a, b) => rankForCountry(b, sites).national.length - rankForCountry(a, sites).national.length,
)[0]!;
const slugsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('data-slug')!));

describe(`the field page (${field}) with JavaScript off`, () => {
  it('lists the running sites strong for the field, best first, each with its reason, and the popular sites that are not', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(baseUrl + fieldPath(field));
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(fieldTitle(field));
    const { serving, popularButWrong } = rankForField(field, sites);
    expect(await slugsIn(page, '[data-ranking] > li')).toEqual(serving.map((s) => s.slug));
    const reasons = await page.locator('[data-ranking] > li .ranking-reason').allInnerTexts();
    expect(reasons).toEqual(serving.map((s) => s.fields[field]));
    expect(await slugsIn(page, '[data-popular-wrong] > li')).toEqual(popularButWrong.map((w) => w.site.slug));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is linked from the fields index, which lists every field with a site', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fields/`);
    const hrefs = await page
      .locator('[data-directory-index] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(fieldsWithSites(sites).map(fieldPath));
    await Promise.all([
      page.waitForURL(`${baseUrl}${fieldPath(field)}`),
      page
        .locator('[data-directory-index] a', { hasText: labelOf(FIELDS, field) })
        .first()
        .click(),
    ]);
    await context.close();
  });
});

describe(`the country page (${country}) with JavaScript off`, () => {
  it('lists the sites made for the country first, then the worldwide ones, each best first', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(baseUrl + countryPath(country));
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(countryTitle(country));
    const { national, global, wrongThere } = rankForCountry(country, sites);
    expect(national.length).toBeGreaterThan(0);
    // The lead counts both lists in words a visitor reads (the two counts once ran into the next word).
    expect(await page.locator('.lead').first().innerText()).toMatch(
      new RegExp(
        `^${national.length} running sites? (is|are) made for .* and ${global.length} worldwide or international sites? (is|are) used there too\\.`,
      ),
    );
    // The national list stops at its strongest NATIONAL_LISTED too, and links to the rest, so the page's size is bounded.
    expect(await slugsIn(page, '[data-ranking="national"] > li')).toEqual(
      national.slice(0, NATIONAL_LISTED).map((s) => s.slug),
    );
    const moreHere = page.locator('[aria-labelledby="national-h"] [data-list-more]');
    if (national.length > NATIONAL_LISTED) {
      expect(await moreHere.innerText()).toContain(`And ${national.length - NATIONAL_LISTED} more site`);
      expect(await moreHere.locator('a').getAttribute('href')).toBe(filterHref({ country }));
    } else expect(await moreHere.count()).toBe(0);
    // The worldwide list, repeated on every country's page, stops at its strongest WORLDWIDE_LISTED and links to the rest.
    expect(await slugsIn(page, '[data-ranking="global"] > li')).toEqual(
      global.slice(0, WORLDWIDE_LISTED).map((s) => s.slug),
    );
    const more = page.locator('[aria-labelledby="global-h"] [data-list-more]');
    if (global.length > WORLDWIDE_LISTED) {
      expect(await more.innerText()).toContain(
        `And ${global.length - WORLDWIDE_LISTED} more worldwide or international sites`,
      );
      expect(await more.locator('a').getAttribute('href')).toBe(filterHref({ country }));
    } else expect(await more.count()).toBe(0);
    expect(await slugsIn(page, '[data-popular-wrong] > li')).toEqual(wrongThere.map((w) => w.site.slug));
    // National first: the national list comes before the worldwide one in the page.
    const order = await page
      .locator('[data-ranking]')
      .evaluateAll((ols) => ols.map((ol) => ol.getAttribute('data-ranking')));
    expect(order).toEqual(['national', 'global']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists a worldwide site a source says is little used in a country apart on that country’s page, with the source linked', async () => {
    const pairs = sites.flatMap((s) =>
      s.status === 'closed' ? [] : (s.littleUsedIn ?? []).map((l) => ({ site: s, little: l })),
    );
    expect(pairs.length).toBeGreaterThan(0);
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    for (const { site, little } of pairs) {
      await page.goto(baseUrl + countryPath(little.country));
      expect(await slugsIn(page, '[data-ranking="global"] > li')).not.toContain(site.slug);
      const item = page.locator(`[data-popular-wrong] > li[data-slug="${site.slug}"]`);
      expect(await item.innerText()).toContain(little.note);
      expect(await item.locator(`a[href="${little.source.url}"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is linked from the countries index, which lists exactly the countries an entry names', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/countries/`);
    const hrefs = await page
      .locator('[data-directory-index] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(countriesWithPages(sites).map(countryPath));
    await context.close();
  });

  it('answers 404 for a country no entry names', async () => {
    const named = new Set(countriesWithPages(sites));
    const unnamed = ['AQ', 'BV', 'HM', 'TF', 'UM'].find((c) => !named.has(c))!;
    expect((await fetch(baseUrl + countryPath(unnamed))).status).toBe(404);
  });
});

describe('the catalogue filters by country and field without JavaScript', () => {
  const cardSlugs = (page: Page, selector = '.card') => slugsIn(page, selector);

  it('narrow the list to the sites used in a country, national ones first, and keep the country when a purpose is picked', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    await page.getByLabel('Used in', { exact: true }).selectOption(country);
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?country=${country}`),
      page.getByRole('button', { name: 'Show sites' }).click(),
    ]);
    // No purpose: by name (the view's default order), the country's own sites in their own group first.
    const byName = splitByCountry(sortSites(filterSites(sites, { country }), 'name', undefined), country);
    expect(await cardSlugs(page)).toEqual([...byName.national, ...byName.worldwide].map((s) => s.slug));
    const national = await cardSlugs(page, '[data-group="national"] .card');
    expect(national.length).toBeGreaterThan(0);
    for (const slug of national) expect(sites.find((s) => s.slug === slug)!.countries).toContain(country);
    expect(await page.getByLabel('Used in', { exact: true }).inputValue()).toBe(country);

    // A purpose chip keeps the country.
    const purpose = 'hiring';
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?purpose=${purpose}&country=${country}`),
      page.locator('nav.filters a', { hasText: 'Jobs and hiring' }).first().click(),
    ]);
    // Best for the purpose first (the view's default order), the country's own sites in their own group.
    const best = splitByCountry(sortSites(filterSites(sites, { country, purpose }), 'best', purpose), country);
    expect(await cardSlugs(page)).toEqual([...best.national, ...best.worldwide].map((s) => s.slug));
    // The page's JSON-LD lists them in the same order as the cards.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as {
      itemListElement: { url: string }[];
    };
    expect(ld.itemListElement.map((i) => new URL(i.url).pathname.split('/')[2])).toEqual(
      (await cardSlugs(page)).slice(0, ld.itemListElement.length),
    );
    for (const slug of await cardSlugs(page))
      expect(sites.find((s) => s.slug === slug)!.purposes[purpose].score).toBeGreaterThanOrEqual(GOOD_SCORE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('narrow the list to a field, and clear back to the prerendered catalogue', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    await page.getByLabel('Field or profession', { exact: true }).selectOption(field);
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/filter/?field=${field}`),
      page.getByRole('button', { name: 'Show sites' }).click(),
    ]);
    // The field's sites, a page of the catalogue at a time (the richest field has more than one page).
    const inField = sites.filter((s) => s.fields[field] !== undefined).map((s) => s.slug);
    const shown = await cardSlugs(page);
    expect(shown.length).toBe(Math.min(inField.length, CATALOGUE_PAGE_SIZE));
    expect(shown.filter((slug) => !inField.includes(slug))).toEqual([]);
    await Promise.all([
      page.waitForURL(`${baseUrl}/sites/`),
      page.getByRole('link', { name: 'Clear country and field' }).click(),
    ]);
    // Back on /sites/, the first page of the catalogue (tests/e2e/decide.test.ts walks the pager).
    expect((await cardSlugs(page)).length).toBe(Math.min(sites.length, CATALOGUE_PAGE_SIZE));
    await context.close();
  });

  it('redirect an untidy query to the one address of its view, and a view without country or field to its prerendered page', async () => {
    const tidy = await fetch(`${baseUrl}/sites/filter/?kind=&purpose=&country=${country.toLowerCase()}&field=`, {
      redirect: 'manual',
    });
    expect(tidy.status).toBe(302);
    expect(new URL(tidy.headers.get('location')!, baseUrl).href).toBe(`${baseUrl}/sites/filter/?country=${country}`);
    const prerendered = await fetch(`${baseUrl}/sites/filter/?kind=business&purpose=referrals&country=&field=`, {
      redirect: 'manual',
    });
    expect(prerendered.status).toBe(302);
    expect(new URL(prerendered.headers.get('location')!, baseUrl).pathname).toBe('/sites/filter/business/referrals/');
    const ok = await fetch(`${baseUrl}/sites/filter/?country=${country}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toContain('max-age');
  });

  it('explain a value they do not know with a 400 page that passes axe', async () => {
    const context = await browser().newContext({ bypassCSP: true, javaScriptEnabled: true });
    const page = await context.newPage();
    const res = await page.goto(`${baseUrl}/sites/filter/?country=Atlantis&field=astrology`);
    expect(res?.status()).toBe(400);
    const alert = await page.locator('[data-filter-errors]').innerText();
    expect(alert).toContain('Used in');
    expect(alert).toContain('Field or profession');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('the new attributes on site and purpose pages', () => {
  it('show countries, fields with reasons, reach as a band with its source, operator, founded and launched on a site page', async () => {
    const site =
      sites.find((s) => s.reach && Object.keys(s.fields).length > 0 && s.countries !== 'global') ??
      sites.find((s) => s.reach)!;
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/${site.slug}/`);
    const countries = await page.locator('[data-countries]').innerText();
    if (site.countries === 'global') expect(countries).toContain('Worldwide');
    else for (const code of site.countries) expect(countries).toContain(countryName(code));
    const reach = page.locator('[data-reach]');
    expect(await reach.innerText()).toContain(labelOf(REACH_BANDS, site.reach!.band));
    expect(await reach.locator('a').getAttribute('href')).toBe(site.reach!.source.url);
    const fieldItems = await page.locator('[data-fields] li').allInnerTexts();
    expect(fieldItems.length).toBe(Object.keys(site.fields).length);
    for (const reason of Object.values(site.fields)) expect(fieldItems.join('\n')).toContain(reason);
    const facts = await page.locator('.facts').innerText();
    if (site.launched) expect(facts).toContain(String(site.launched));
    if (site.founded) expect(facts).toContain(String(site.founded));
    if (site.operator) expect(facts).toContain(site.operator);
    await context.close();
  });

  it('show each ranked site’s countries on a purpose page', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/purposes/hiring/`);
    const items = await page.locator('[data-ranking] > li').count();
    expect(await page.locator('[data-ranking] > li [data-where]').count()).toBe(items);
    await context.close();
  });
});

describe('the sitemap', () => {
  it('lists the field and country pages and their indexes, and no on-demand filter view', async () => {
    const index = await (await fetch(`${baseUrl}/sitemap-index.xml`)).text();
    const urls: string[] = [];
    for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = await (await fetch(baseUrl + new URL(m[1]!).pathname)).text();
      urls.push(
        ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
          (u) => new URL(u[1]!.replace(/&amp;/g, '&')).pathname + new URL(u[1]!.replace(/&amp;/g, '&')).search,
        ),
      );
    }
    for (const path of [
      '/fields/',
      '/countries/',
      ...fieldsWithSites(sites).map(fieldPath),
      ...countriesWithPages(sites).map(countryPath),
    ]) {
      expect(urls, path).toContain(path);
    }
    expect(urls.filter((u) => u.startsWith('/sites/filter/?'))).toEqual([]);
  });
});
