import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { listedPairs, pairPath } from '#src/features/compare/rules/compare.ts';
import { LIST_LIMIT } from '#src/catalogue/prerender.ts';

const baseUrl = inject('baseUrl');
const catalogue = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../..')));
const nameOf = (slug: string) => catalogue.find((s) => s.slug === slug)!.name;
type SiteEntryPurposes = (typeof catalogue)[number]['purposes'];
const scoreOf = (slug: string, purpose: keyof SiteEntryPurposes) =>
  catalogue.find((s) => s.slug === slug)!.purposes[purpose].score;

const browser = useBrowser();

/** Slugs of the table's columns, left to right. */
const columns = (page: Page) =>
  page
    .locator('[data-compare-table] thead th[scope="col"]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-site')));
/** Console errors, minus Chromium's own note about a deliberate 4xx answer. */
const realErrors = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e));

describe('compare without JavaScript', () => {
  it('turns the picker form into a table with the sites in the order picked, at a tidy address', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare/`);
    await page.selectOption('#compare-site-1', 'xing');
    await page.selectOption('#compare-site-2', 'linkedin');
    await page.selectOption('#compare-site-3', 'bni');
    await Promise.all([page.waitForURL(/sites=/), page.click('form[data-compare-picker] button[type="submit"]')]);
    expect(new URL(page.url()).search).toBe('?sites=xing,linkedin,bni');
    expect(await columns(page)).toEqual(['xing', 'linkedin', 'bni']);
    expect(await page.locator('[data-compare-table] caption').textContent()).toContain('XING, LinkedIn and BNI');
    expect(await page.locator('[data-compare-table] th[scope="row"]').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks differing rows with text a screen reader reads, not only colour', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare/?sites=linkedin,facebook`);
    const kind = page.locator('tr[data-field="kind"]');
    expect(await kind.getAttribute('data-differs')).toBe('true');
    expect(await kind.locator('th[scope="row"]').textContent()).toMatch(/Kind\s+differs/);
    const profiles = page.locator('tr[data-field="features.profiles"]');
    expect(await profiles.getAttribute('data-differs')).toBe('false');
    expect(await profiles.locator('th').textContent()).not.toContain('differs');
    await context.close();
  });

  it('collapses repeated slugs and redirects to the tidy address', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/compare/?sites=LinkedIn,xing,linkedin`);
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).search).toBe('?sites=linkedin,xing');
    expect(await columns(page)).toEqual(['linkedin', 'xing']);
    await context.close();
  });

  it('answers an unknown slug with a 404 that names it and links the closest entry', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/compare/?sites=linkedin,xnig`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('"xnig"');
    const suggestion = page.locator('[data-suggestions] a', { hasText: nameOf('xing') });
    expect(await suggestion.getAttribute('href')).toBe('/compare/?sites=linkedin,xing');
    // Wait for the comparison the link leads to, not the 404 page it leaves.
    await Promise.all([page.waitForURL(/\/compare\/\?sites=linkedin,xing$/), suggestion.click()]);
    expect(await columns(page)).toEqual(['linkedin', 'xing']);
    await context.close();
  });

  it('answers one site (every "Add to compare" link) with a working 200 page that asks for the second, picker pre-filled', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/compare/?sites=linkedin`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Compare LinkedIn with another site');
    expect(await page.locator('[data-count-problem]').textContent()).toContain('choose the site to compare it with');
    expect(await page.locator('form[data-compare-picker]').count()).toBe(1);
    expect(await page.inputValue('#compare-site-1')).toBe('linkedin');
    // When the menus cannot list every site, they say how many others there are, in words spaced as words.
    const left = page.locator('[data-picker-left]');
    if ((await left.count()) > 0)
      expect(await left.textContent()).toContain(`one of the ${await left.getAttribute('data-picker-left')} others`);
    expect(await page.locator(`a[href="/compare/linkedin-vs-xing/"]`).count()).toBe(1);
    await page.selectOption('#compare-site-2', 'meetup');
    await Promise.all([page.waitForURL(/meetup/), page.click('form[data-compare-picker] button[type="submit"]')]);
    expect(await columns(page)).toEqual(['linkedin', 'meetup']);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('answers five sites with a 400 page saying which one to drop', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/compare/?sites=linkedin,xing,bni,meetup,reddit`);
    expect(res?.status()).toBe(400);
    expect(await page.locator('[data-count-problem]').textContent()).toContain('remove 1 site');
    expect(await page.locator('a', { hasText: 'Compare without Reddit' }).getAttribute('href')).toBe(
      '/compare/?sites=linkedin,xing,bni,meetup',
    );
    await context.close();
  });

  it('lands a plain "Add to compare" click from the catalogue on the pick-one-more page', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${LIST}`);
    await page.click('a[data-compare-add="bni"]');
    expect(new URL(page.url()).search).toBe('?sites=bni');
    expect(await page.inputValue('#compare-site-1')).toBe('bni');
    await context.close();
  });
});

describe('pair pages', () => {
  const pairs = listedPairs(catalogue);

  it('redirect the reversed address (301) to the canonical pair, keeping the page working without JavaScript', async () => {
    const pair = pairs.find((p) => p.slug === 'linkedin-vs-xing')!;
    const res = await fetch(`${baseUrl}/compare/xing-vs-linkedin/`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get('location')!, baseUrl).pathname).toBe(pairPath(pair));
    // Hyphenated slugs on both sides are looked up, never split.
    const hyphenated = pairs.find((p) => p.sites.every((slug) => slug.includes('-')));
    if (hyphenated) {
      const back = await fetch(`${baseUrl}/compare/${hyphenated.sites[1]}-vs-${hyphenated.sites[0]}/`, {
        redirect: 'manual',
      });
      expect(back.status).toBe(301);
      expect(new URL(back.headers.get('location')!, baseUrl).pathname).toBe(pairPath(hyphenated));
    }
    // A pair nobody listed is still a 404.
    expect((await fetch(`${baseUrl}/compare/zz-vs-linkedin/`, { redirect: 'manual' })).status).toBe(404);
  });

  it('never call a top score of 1 "best": they say neither suits it, and note where the sites are used', async () => {
    const html = await (await fetch(`${baseUrl}/compare/linkedin-vs-xing/`)).text();
    expect(html).toContain('data-country-difference');
    // Country names keep their capitals after "worldwide except".
    expect(html).toMatch(
      /Where they are used differs: LinkedIn worldwide( except [A-Z][a-z]+(, [A-Z][a-z]+)*)?; XING in Germany/,
    );
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare/linkedin-vs-xing/`);
    for (const dd of await page.locator('[data-best-for] dd').all()) {
      const purpose = (await dd.getAttribute('data-purpose')) as keyof SiteEntryPurposes;
      const top = Math.max(...['linkedin', 'xing'].map((slug) => scoreOf(slug, purpose)));
      if (top <= 1) expect(await dd.textContent()).toMatch(/^Neither (serves|suits) it/);
    }
    await context.close();
  });

  it('exist, prerendered with status 200, for every pair listed as alternatives', async () => {
    expect(pairs.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const pair of pairs) {
      const res = await fetch(baseUrl + pairPath(pair));
      const html = await res.text();
      if (res.status !== 200) failures.push(`${pairPath(pair)}: ${res.status}`);
      else if (!html.includes(`data-site="${pair.sites[0]}"`) || !html.includes(`data-site="${pair.sites[1]}"`))
        failures.push(`${pairPath(pair)}: missing a column`);
    }
    expect(failures).toEqual([]);
  });

  it('are linked from both detail pages', async () => {
    const failures: string[] = [];
    const pages = new Map<string, string>();
    for (const slug of new Set(pairs.flatMap((p) => p.sites)))
      pages.set(slug, await (await fetch(`${baseUrl}/sites/${slug}/`)).text());
    for (const pair of pairs) {
      for (const slug of pair.sites)
        if (!pages.get(slug)!.includes(`href="${pairPath(pair)}"`))
          failures.push(`${slug} does not link ${pairPath(pair)}`);
    }
    expect(failures).toEqual([]);
  });

  it('exist only in canonical order (the reversed address redirects) and only for listed pairs', async () => {
    expect((await fetch(`${baseUrl}/compare/xing-vs-linkedin/`, { redirect: 'manual' })).status).toBe(301);
    expect(pairs.some((p) => p.slug === 'bni-vs-linkedin')).toBe(false);
    expect((await fetch(`${baseUrl}/compare/bni-vs-linkedin/`)).status).toBe(404);
  });

  it('resolve slugs with hyphens on both sides of "vs"', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/compare/indie-hackers-vs-product-hunt/`);
    expect(res?.status()).toBe(200);
    expect(await columns(page)).toEqual(['indie-hackers', 'product-hunt']);
    await context.close();
  });

  it('are the canonical address of the same pair asked for by query string, in either order', async () => {
    for (const query of ['linkedin,xing', 'xing,linkedin']) {
      const html = await (await fetch(`${baseUrl}/compare/?sites=${query}`)).text();
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/compare\/linkedin-vs-xing\/"/);
      expect(html).not.toContain('name="robots"');
    }
    const unlisted = await (await fetch(`${baseUrl}/compare/?sites=bni,linkedin`)).text();
    expect(unlisted).toMatch(/<link rel="canonical" href="[^"]+\/compare\/\?sites=bni,linkedin"/);
    expect(unlisted).toContain('<meta name="robots" content="noindex"');
  });
});

describe('the page and GET /api/compare agree', () => {
  for (const query of ['linkedin,facebook', 'bni,meetup,linkedin,ecademy', 'indie-hackers,product-hunt']) {
    it(`on columns, differing rows and best-for verdicts for ${query}`, async () => {
      const api = await (
        await fetch(`${baseUrl}/api/compare?sites=${query}`)
      ).json<{
        sites: { slug: string }[];
        differences: { field: string }[];
        bestFor: { purpose: string; winners: string[]; tie: boolean }[];
      }>();
      const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
      await page.goto(`${baseUrl}/compare/?sites=${query}`);
      expect(await columns(page)).toEqual(api.sites.map((s) => s.slug));
      const differing = await page
        .locator('[data-compare-table] tr[data-differs="true"]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field')));
      expect(differing.filter((f) => f !== 'reviews')).toEqual(api.differences.map((d) => d.field));
      for (const verdict of api.bestFor) {
        const text = await page.locator(`[data-best-for] dd[data-purpose="${verdict.purpose}"]`).textContent();
        if (verdict.winners.length === 0) expect(text).toMatch(/^(Neither|None of them) (serves|suits) it/);
        else for (const slug of verdict.winners) expect(text).toContain(nameOf(slug));
        expect(text!.startsWith('Tie:')).toBe(verdict.tie);
      }
      await context.close();
    });
  }

  it('one site: the API refuses it (400), the page asks for the second (200)', async () => {
    expect((await fetch(`${baseUrl}/api/compare?sites=linkedin`)).status).toBe(400);
    expect((await fetch(`${baseUrl}/compare/?sites=linkedin`)).status).toBe(200);
  });

  it('on errors: 404 for an unknown slug and 400 for a wrong count, from both', async () => {
    for (const [query, status] of [
      ['linkedin,nope', 404],
      ['a,b,c,d,e', 404],
      ['linkedin,xing,bni,meetup,reddit', 400],
    ] as const) {
      expect((await fetch(`${baseUrl}/api/compare?sites=${query}`)).status, `API ${query}`).toBe(status);
      expect((await fetch(`${baseUrl}/compare/?sites=${query}`)).status, `page ${query}`).toBe(status);
    }
  });
});

/**
 * Prerendered list pages (in pages of 24): LinkedIn and BNI on the first page of the business sites for
 * referrals; LinkedIn first among those for jobs and hiring, XING further on; Gust and AngelList among the
 * few for investors.
 */
const LIST = '/sites/filter/business/referrals/';
const HIRING = '/sites/filter/business/hiring/';
const INVESTORS = '/sites/filter/business/investors/';

describe('compare with JavaScript', () => {
  it('collects two sites from two pages of a list in a tray whose link opens the comparison', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}${HIRING}`);
    // Best for hiring first: LinkedIn (core, with the widest reach) is on the list's first page.
    await page.click('a[data-compare-add="linkedin"]');
    expect(page.url()).toBe(`${baseUrl}${HIRING}?compare=linkedin`);
    // The pager carries the selection to the page that lists XING.
    while ((await page.locator('a[data-compare-add="xing"]').count()) === 0) {
      const next = page.getByRole('navigation', { name: 'Pages of sites' }).getByRole('link', { name: /Next/ });
      await Promise.all([page.waitForURL(/\/page\/\d+\/\?compare=linkedin$/), next.click()]);
    }
    await page.click('a[data-compare-add="xing"]');
    expect(new URL(page.url()).searchParams.get('compare')).toBe('linkedin,xing');
    const tray = page.locator('.compare-tray');
    expect(await tray.isVisible()).toBe(true);
    expect(await page.locator('p[role="status"][data-compare-status]').textContent()).toContain('2 of 4');
    const go = tray.locator('a.button');
    expect(await go.textContent()).toBe('Compare 2 sites');
    await Promise.all([page.waitForURL(/\/compare\//), go.click()]);
    expect(new URL(page.url()).search).toBe('?sites=linkedin,xing');
    expect(await columns(page)).toEqual(['linkedin', 'xing']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the selection in the address across pages and stops at four', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}${INVESTORS}?compare=linkedin,xing,bni`);
    expect(await page.locator('.compare-tray li').count()).toBe(3);
    await Promise.all([page.waitForURL(/\/sites\/gust\//), page.click('.card h3 a[href="/sites/gust/"]')]);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('linkedin,xing,bni');
    await page.click('a[data-compare-add="gust"]');
    expect(await page.locator('.compare-tray li').count()).toBe(4);
    await page.goto(`${baseUrl}${INVESTORS}?compare=linkedin,xing,bni,gust`);
    await page.click('a[data-compare-add="angellist"]');
    expect(await page.locator('.compare-tray li').count()).toBe(4);
    expect(await page.locator('p[role="status"][data-compare-status]').textContent()).toContain('up to 4');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('can be driven by keyboard alone: add, remove, and focus stays in the tray', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}${LIST}`);
    await page.focus('a[data-compare-add="linkedin"]');
    await page.keyboard.press('Enter');
    await page.focus('a[data-compare-add="bni"]');
    await page.keyboard.press('Enter');
    await page.focus('.compare-tray-remove >> nth=0');
    await page.keyboard.press('Enter');
    expect(await page.locator('.compare-tray li').allTextContents()).toEqual(['BNI×']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove BNI from compare',
    );
    await context.close();
  });
});

describe('the compare picker by keyboard only', () => {
  /**
   * What has focus: its tag, whether it is inside the picker form, and its
   * accessible name as a screen reader would read it (a menu's label, a
   * link's or a button's text), so each Tab stop can be checked as a labelled
   * control of the picker.
   */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { tag: 'none', inPicker: false, name: '', href: null };
      const name = (
        el instanceof HTMLSelectElement
          ? [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ')
          : (el.getAttribute('aria-label') ?? el.textContent ?? '')
      )
        .replace(/\s+/g, ' ')
        .trim();
      return {
        tag: el.tagName.toLowerCase(),
        inPicker: el.closest('form[data-compare-picker]') !== null,
        name,
        href: el.getAttribute('href'),
      };
    });

  // Past LIST_LIMIT the picker adds a note with an "all sites" link before its button
  // (src/features/compare/rules/picker.ts); the walk below expects it exactly then.
  const pickerIsCut = catalogue.length > LIST_LIMIT;

  it('is reachable with Tab and submits with sites chosen by typing', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { page, context } = await openPage(browser(), { javaScriptEnabled });
      await page.goto(`${baseUrl}/compare/`);
      let presses = 0;
      while ((await page.evaluate(() => document.activeElement?.id)) !== 'compare-site-1' && presses++ < 60)
        await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-site-1');
      await page.keyboard.type('Meetup');
      await page.keyboard.press('Tab');
      await page.keyboard.type('BNI');
      expect(await page.inputValue('#compare-site-1')).toBe('meetup');
      expect(await page.inputValue('#compare-site-2')).toBe('bni');
      // Tab on until the submit button has focus, a bounded number of times: every stop on
      // the way must be a labelled control of the picker, and the button must come.
      const stops: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        expect(now.inPicker, `Tab stop ${i + 1} (${now.tag} "${now.name}") is outside the picker`).toBe(true);
        expect(now.name, `Tab stop ${i + 1} (${now.tag}) has no accessible name`).not.toBe('');
        expect(['select', 'a', 'button'], `Tab stop ${i + 1} is a ${now.tag}`).toContain(now.tag);
        if (now.tag === 'a') expect(now.href, `link "${now.name}" goes nowhere`).toBeTruthy();
        stops.push(now.name);
        if (now.tag === 'button') break;
      }
      expect(stops.at(-1), `the submit button was not reached by Tab (stops: ${stops.join(' | ')})`).toBe('Compare');
      expect(stops).toEqual([
        'Site 3 (optional)',
        'Site 4 (optional)',
        ...(pickerIsCut ? ['all sites'] : []),
        'Compare',
      ]);
      await Promise.all([page.waitForURL(/sites=meetup,bni/), page.keyboard.press('Enter')]);
      expect(await columns(page)).toEqual(['meetup', 'bni']);
      await context.close();
    }
  });
});

describe('reader reviews on prerendered pair pages', () => {
  it("fills in each site's average with JavaScript, and links to the reviews without it", async () => {
    const api = await (
      await fetch(`${baseUrl}/api/sites/linkedin/reviews?limit=1`)
    ).json<{
      summary: { count: number; average: number };
    }>();
    expect(api.summary.count).toBeGreaterThan(0);
    const withJs = await openPage(browser());
    await withJs.page.goto(`${baseUrl}/compare/linkedin-vs-xing/`);
    const cell = withJs.page.locator('a[data-review-summary="linkedin"]');
    await expect
      .poll(() => cell.textContent())
      .toBe(`${api.summary.average.toFixed(1)} out of 5 from ${api.summary.count} reviews`);
    expect(withJs.errors).toEqual([]);
    await withJs.context.close();

    const noJs = await openPage(browser(), { javaScriptEnabled: false });
    await noJs.page.goto(`${baseUrl}/compare/linkedin-vs-xing/`);
    expect(await noJs.page.locator('a[data-review-summary="linkedin"]').getAttribute('href')).toBe(
      '/sites/linkedin/reviews/',
    );
    await noJs.context.close();
  });
});
