import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { parseCsv, sitesToJson } from '#src/catalogue/open-data.ts';
import { MAP_AXES, MAP_DAMPING } from '#src/features/purposes/rules/map.ts';
import { ORDER_RULES } from '#src/features/recommend/rules/formula.ts';
import { PURPOSE_LISTED, rankForPurpose } from '#src/features/purposes/rules/ranking.ts';
import { filterHref } from '#src/catalogue/site-filter.ts';
import {
  FULL_MAP_PATH,
  FULL_MAP_SIZE,
  MAP_TABLE_PATH,
  bestKnownSites,
} from '#src/features/purposes/rules/map-selection.ts';
import { GOOD_SCORE, PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';
import { CATALOGUE_PAGE_SIZE } from '#src/features/directories/index.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const baseUrl = inject('baseUrl');
const sites: SiteEntry[] = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../..`));
const running = sites.filter((s) => s.status !== 'closed');
const browser = useBrowser();

describe('the purpose map', () => {
  // The home page places the best-known running sites; the full map every one, or the FULL_MAP_SIZE best-known.
  const fullMap = running.length <= FULL_MAP_SIZE ? running : bestKnownSites(running, FULL_MAP_SIZE);
  for (const [path, placed] of [
    ['/', bestKnownSites(sites)],
    [FULL_MAP_PATH, fullMap],
  ] as const) {
    it(`on ${path} has one link per site it places, each with a title, and works without JavaScript`, async () => {
      const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
      await page.goto(`${baseUrl}${path}`);
      const links = page.locator('svg[data-purpose-map] a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual(placed.map((s) => `/sites/${s.slug}/`).sort());
      const titles = await links.evaluateAll((as) => as.map((a) => a.querySelector('title')?.textContent ?? ''));
      for (const title of titles) expect(title.length).toBeGreaterThan(10);
      // Every dot is named in its title; a crowded map prints the names that fit, each the right site's.
      const labels = await links.evaluateAll((as) =>
        as.map((a) => [a.getAttribute('href'), a.querySelector('text')?.textContent ?? null] as const),
      );
      const printed = labels.filter(([, text]) => text !== null);
      expect(printed.length).toBeGreaterThanOrEqual(Math.min(placed.length, 40));
      for (const [href, text] of printed) expect(`/sites/${running.find((s) => s.name === text)?.slug}/`).toBe(href);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('on the home page places the best-known sites and links the full map, and the table of every running site when the map cannot place them all', async () => {
    expect(bestKnownSites(sites).length).toBe(Math.min(running.length, 60));
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    const all = running.length <= FULL_MAP_SIZE;
    await Promise.all([
      page.waitForURL(`${baseUrl}${FULL_MAP_PATH}`),
      page
        .getByRole('link', {
          name: all ? `the full map places all ${running.length}` : `the full map places ${FULL_MAP_SIZE}`,
        })
        .click(),
    ]);
    if (!all) {
      await page.goto(`${baseUrl}/`);
      await Promise.all([
        page.waitForURL(`${baseUrl}${MAP_TABLE_PATH}`),
        page.getByRole('link', { name: `the table lists all ${running.length}` }).click(),
      ]);
    }
    await context.close();
  });

  it('can be reached with the keyboard and shows where the focus is', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    let onMap = false;
    for (let i = 0; i < 80 && !onMap; i++) {
      await page.keyboard.press('Tab');
      onMap = await page.evaluate(
        () =>
          document.activeElement?.closest('svg[data-purpose-map]') !== null &&
          document.activeElement?.tagName.toLowerCase() === 'a',
      );
    }
    expect(onMap).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${href}`);
    await context.close();
  });

  it('offers the same data as a table, linked from the map', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await Promise.all([
      page.waitForURL(`${baseUrl}${MAP_TABLE_PATH}`),
      page.locator('.map-more').getByRole('link', { name: 'The map as a table' }).click(),
    ]);
    expect(await page.locator('.map-table tbody tr').count()).toBe(running.length);
    await context.close();
  });
});

describe('purpose pages', () => {
  for (const purpose of keysOf(PURPOSES)) {
    it(`lists the sites for ${purpose} best first and the popular sites that are wrong for it`, async () => {
      const { page, context, errors } = await openPage(browser());
      const res = await page.goto(`${baseUrl}/purposes/${purpose}/`);
      expect(res?.status()).toBe(200);
      const items = await page
        .locator('[data-ranking] > li')
        .evaluateAll((lis) =>
          lis.map((li) => ({ slug: li.getAttribute('data-slug')!, score: Number(li.getAttribute('data-score')) })),
        );
      const expected = running.filter((s) => s.purposes[purpose].score >= GOOD_SCORE);
      // Best first up to PURPOSE_LISTED, then a link to the filtered catalogue for the rest.
      const { serving } = rankForPurpose(purpose, sites);
      expect(serving.map((s) => s.slug).sort()).toEqual(expected.map((s) => s.slug).sort());
      expect(items.map((i) => i.slug)).toEqual(serving.slice(0, PURPOSE_LISTED).map((s) => s.slug));
      const more = page.locator('[aria-labelledby="serving-h"] [data-list-more]');
      if (serving.length > PURPOSE_LISTED) {
        expect(await more.innerText()).toContain(`And ${serving.length - PURPOSE_LISTED} more sites`);
        expect(await more.locator('a').getAttribute('href')).toBe(filterHref({ purpose }));
      } else expect(await more.count()).toBe(0);
      const scores = items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const { slug, score } of items)
        expect(sites.find((s) => s.slug === slug)!.purposes[purpose].score).toBe(score);
      const wrong = await page
        .locator('[data-popular-wrong] > li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')!));
      for (const slug of wrong)
        expect(sites.find((s) => s.slug === slug)!.purposes[purpose].score).toBeLessThan(GOOD_SCORE);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the guide and the methodology', () => {
  it('renders the business-vs-social guide with at least 600 words and working links into the catalogue', async () => {
    const { page, context, errors } = await openPage(browser());
    const res = await page.goto(`${baseUrl}/business-vs-social/`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('article.guide').innerText();
    expect(text.split(/\s+/).filter((w) => /\w/.test(w)).length).toBeGreaterThanOrEqual(600);
    const hrefs = await page
      .locator('article.guide a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const unique = [...new Set(hrefs.map((h) => h.replace(/#.*$/, '')))];
    expect(unique.filter((h) => h.startsWith('/sites/')).length).toBeGreaterThanOrEqual(15);
    expect(unique.filter((h) => h.startsWith('/purposes/')).length).toBeGreaterThanOrEqual(5);
    for (const href of unique) expect((await fetch(baseUrl + href)).status, href).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders the methodology with the rubric, a summary of the map, recommender, sourcing, moderation, money and open data', async () => {
    const { page, context, errors } = await openPage(browser());
    const res = await page.goto(`${baseUrl}/methodology/`);
    expect(res?.status()).toBe(200);
    for (const id of ['rubric', 'purpose-map', 'recommender', 'sources', 'reviews', 'money', 'open-data']) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    expect(await page.locator('#purpose-map a[href="/methodology/map/"]').count()).toBe(1);
    const money = await page.locator('#money').innerText();
    for (const promise of ['no payment', 'no affiliate links', 'no ads', 'no tracking cookies'])
      expect(money.toLowerCase()).toContain(promise);
    expect(await page.locator('#sources').innerText()).toContain('without re-reading');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the purpose map formula, from the code, on a page of its own', async () => {
    const { page, context, errors } = await openPage(browser());
    const res = await page.goto(`${baseUrl}/methodology/map/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('How the purpose map is calculated');
    expect(await page.locator('#purpose-map').innerText()).toContain(`both sums + ${MAP_DAMPING}`);
    expect(await page.locator('#purpose-map tbody tr').count()).toBe(MAP_AXES.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("links from the methodology to the reader's rules on a page of their own", async () => {
    const methodology = await (await fetch(`${baseUrl}/methodology/`)).text();
    expect(methodology).toContain('href="/methodology/reader/"');
    const res = await fetch(`${baseUrl}/methodology/reader/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<h1 id="reader-heading"[^>]*>How a sentence is read<\/h1>/);
    expect(html).toContain('real public posts');
  });

  it("links from the methodology to the quiz's formula on a page of its own, with every order rule", async () => {
    const methodology = await (await fetch(`${baseUrl}/methodology/`)).text();
    expect(methodology).toContain('href="/methodology/recommender/"');
    const res = await fetch(`${baseUrl}/methodology/recommender/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<h1 id="recommender-heading"[^>]*>How the quiz ranks sites<\/h1>/);
    expect(html.match(/<ul data-order-rules[^>]*>([\s\S]*?)<\/ul>/)?.[1]?.match(/<li/g)?.length).toBe(
      ORDER_RULES.length,
    );
  });
});

describe('open data', () => {
  it('serves /data/sites.json as the whole catalogue with every slug', async () => {
    const res = await fetch(`${baseUrl}/data/sites.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.text();
    const data = JSON.parse(body) as { slug: string }[];
    expect(data.map((d) => d.slug).sort()).toEqual(sites.map((s) => s.slug).sort());
    expect(body).toBe(sitesToJson(sites));
  });

  it('serves /data/sites.csv with slug as the first column and one row per site', async () => {
    const res = await fetch(`${baseUrl}/data/sites.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header![0]).toBe('slug');
    expect(rows.map((r) => r[0]).sort()).toEqual(sites.map((s) => s.slug).sort());
  });
});

describe('filter links on /sites/', () => {
  it('narrow the list by purpose, then by kind, with JavaScript off', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    await page
      .locator('nav.filters a', { hasText: PURPOSES.get('investors')!.label })
      .first()
      .click();
    await page.waitForURL(/\/sites\/filter\/all\/investors\/$/);
    const slugsShown = async () =>
      (await page.locator('.card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        .map((h) => h.split('/')[2]!)
        .sort();
    // The purpose's sites, a page of the catalogue at a time (it may have more than one page).
    const onePage = async (expected: readonly string[]) => {
      const shown = await slugsShown();
      expect(shown.length).toBe(Math.min(expected.length, CATALOGUE_PAGE_SIZE));
      expect(shown.filter((slug) => !expected.includes(slug))).toEqual([]);
    };
    await onePage(sites.filter((s) => s.purposes.investors.score >= GOOD_SCORE).map((s) => s.slug));

    await page.locator('nav.filters a', { hasText: 'Business networking' }).first().click();
    await page.waitForURL(/\/sites\/filter\/business\/investors\/$/);
    await onePage(
      sites.filter((s) => s.kind === 'business' && s.purposes.investors.score >= GOOD_SCORE).map((s) => s.slug),
    );
    await context.close();
  });
});
