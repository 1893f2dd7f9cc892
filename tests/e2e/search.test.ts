import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const dist = join(import.meta.dirname, '../../dist/client');

const browser = useBrowser();

/** Console errors, minus Chromium's own note about a deliberate 4xx answer. */
const realErrors = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e));
const box = (page: Page) => page.locator('#site-search');
const options = (page: Page) => page.locator('#site-search-results [role="option"]');
/** Result links of the /search/ page, in order. */
const resultLinks = (page: Page) =>
  page.locator('[data-search-results] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
/** The first result's page for a query, as the API answers it (the page and the API share one module). */
const firstApiResult = async (q: string) =>
  (await (await fetch(`${baseUrl}/api/search?${new URLSearchParams({ q })}`)).json<{ results: { url: string }[] }>())
    .results[0]?.url;

describe('instant search in the header (JavaScript on)', () => {
  it('lists matches as you type; ArrowDown then Enter opens the highlighted site', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await box(page).click();
    await box(page).pressSequentially('linkdin', { delay: 40 });
    // On a busy machine an answer for a prefix can arrive first; wait for the whole word's.
    await expect.poll(() => options(page).last().textContent(), { timeout: 5000 }).toContain('linkdin');
    expect(await box(page).getAttribute('role')).toBe('combobox');
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
    expect(await box(page).getAttribute('aria-controls')).toBe('site-search-results');
    expect(await page.locator('#site-search-results').getAttribute('role')).toBe('listbox');
    expect(await options(page).first().textContent()).toContain('LinkedIn');

    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await Promise.all([page.waitForURL(`${baseUrl}/sites/linkedin/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('LinkedIn');
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('moves with the arrow keys, closes with Escape, and offers every result', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sites/`);
    await box(page).click();
    await box(page).pressSequentially('angel investors', { delay: 20 });
    await expect.poll(() => options(page).last().textContent(), { timeout: 5000 }).toContain('angel investors');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options(page).nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-results').isHidden()).toBe(true);
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    expect(await box(page).getAttribute('aria-activedescendant')).toBeNull();

    // Reopen; ArrowUp from the box wraps to the last option, "See all results".
    await page.keyboard.press('ArrowDown');
    await options(page).first().waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await options(page).last().textContent()).toContain('See all results');
    await Promise.all([page.waitForURL(/\/search\/\?q=angel\+investors$/), page.keyboard.press('Enter')]);
    expect((await resultLinks(page))[0]).toBe(await firstApiResult('angel investors'));
    await context.close();
  });

  it('offers the comparison first for "A vs B", and the no-JS page goes straight to it', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await box(page).click();
    await box(page).pressSequentially('linkedin vs xing', { delay: 20 });
    await expect.poll(() => options(page).last().textContent(), { timeout: 5000 }).toContain('linkedin vs xing');
    expect(await options(page).first().textContent()).toContain('Comparing LinkedIn and XING');
    expect(await options(page).first().getAttribute('data-url')).toBe('/compare/?sites=linkedin,xing');
    await context.close();
    const noJs = await openPage(browser(), { javaScriptEnabled: false });
    await noJs.page.goto(`${baseUrl}/search/?q=${encodeURIComponent('xing versus linkedin')}`);
    expect(new URL(noJs.page.url()).pathname).toMatch(/^\/compare\//);
    const heading = (await noJs.page.locator('h1').textContent()) ?? '';
    expect(heading).toContain('LinkedIn');
    expect(heading).toContain('XING');
    await noJs.context.close();
  });

  it('submits the form as usual when no option is highlighted', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await box(page).fill('faceboook');
    await Promise.all([page.waitForURL(/\/search\/\?q=faceboook$/), box(page).press('Enter')]);
    expect((await resultLinks(page))[0]).toBe('/sites/facebook/');
    await context.close();
  });

  it('shows query text as text, never as markup', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await box(page).click();
    await box(page).pressSequentially('<img src=x onerror=window.__hit=1>', { delay: 10 });
    // Answers for shorter prefixes may show first while typing; wait for the whole query's.
    await expect
      .poll(() => options(page).last().textContent(), { timeout: 5000 })
      .toContain('<img src=x onerror=window.__hit=1>');
    expect(await page.locator('#site-search-results img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
    await context.close();
  });

  it('ships at most 4 kB of compressed JavaScript for it', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((src) => /instant|Layout/i.test(src));
    const files =
      scripts.length > 0
        ? scripts.map((src) => join(dist, src))
        : readdirSync(join(dist, '_astro'))
            .filter((f) => f.includes('instant'))
            .map((f) => join(dist, '_astro', f));
    const bundle = files.map((f) => readFileSync(f, 'utf8')).find((text) => text.includes('aria-activedescendant'));
    expect(bundle, `instant search bundle among ${files.join(', ')}`).toBeDefined();
    expect(gzipSync(bundle!).length).toBeLessThanOrEqual(4096);
  });
});

describe('search without JavaScript', () => {
  it('submits the header form to /search/ and shows results as links', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await box(page).fill('angel investors');
    await Promise.all([page.waitForURL(/\/search\/\?q=angel\+investors$/), box(page).press('Enter')]);
    expect(await page.locator('[data-search-summary]').textContent()).toMatch(/\d+ sites? match “angel investors”/);
    const links = await resultLinks(page);
    // A goal, not a name: the page shows the recommendation the API gives, and says so.
    expect(links[0]).toBe(await firstApiResult('angel investors'));
    expect(await page.locator('[data-search-intent]').getAttribute('data-search-intent')).toBe('recommend');
    const res = await page.goto(baseUrl + links[1]!);
    expect(res?.status()).toBe(200);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('says when it assumed the goal of a profession named alone, counts what it shows, and lets you pick the goal', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=pharmacists`);
    expect(await page.locator('[data-search-intent]').textContent()).toMatch(/You named no goal, so we assumed/);
    const summary = (await page.locator('[data-search-summary]').textContent())!;
    const shown = (await resultLinks(page)).length;
    const count = Number(/(\d+) sites? match/.exec(summary)?.[1]);
    expect(count === shown || (await page.getByText(`Showing the best ${shown}.`).isVisible())).toBe(true);
    for (const why of await page.locator('[data-why]').allTextContents()) expect(why).not.toMatch(/your goal/);
    const pick = page.locator('[data-search-goals] a', { hasText: 'jobs and hiring' });
    await Promise.all([page.waitForURL(/q=pharmacists\+jobs/), pick.click()]);
    expect(await page.locator('[data-search-intent]').getAttribute('data-search-intent')).toBe('recommend');
    expect(await page.locator('[data-search-goals]').count()).toBe(0);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('links a search for a kind of place to the full ranking, which leads with the same sites', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=referral+group&kind=business`);
    const listed = await resultLinks(page);
    expect(listed.length).toBeGreaterThan(0);
    const link = page.locator('[data-search-intent] a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/[?&]built=1/);
    expect(href).toMatch(/[?&]kind=business/);
    await Promise.all([page.waitForURL(/\/quiz\/results\//), link.click()]);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('business');
    expect(await page.locator('[data-narrowed]').textContent()).toMatch(/only business networking sites/);
    const lead = await page.locator('.recs > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')));
    // The search's first site leads the full ranking too.
    expect(`/sites/${lead[0]}/`).toBe(listed[0]);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('answers a kind of networking said alone with its sites and links to that kind in the catalogue', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    const query = new URLSearchParams({ q: 'social network', limit: '10' });
    const api = await (
      await fetch(`${baseUrl}/api/search?${query}`)
    ).json<{ intent: { kind: string; href: string }; results: { url: string }[] }>();
    expect(api.intent.kind).toBe('directory');
    await page.goto(`${baseUrl}/search/?${query}`);
    expect(await resultLinks(page)).toEqual(api.results.map((r) => r.url));
    const link = page.locator('[data-search-intent] a');
    expect(await link.textContent()).toBe('See them all in the catalogue');
    await Promise.all([page.waitForURL(`${baseUrl}${api.intent.href}`), link.click()]);
    // The catalogue's view of that kind: every card is of the kind the search listed.
    const kinds = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set([api.intent.href.split('/')[3]]));
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('filters by kind and purpose with the form controls', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=network`);
    await page.selectOption('#search-kind', 'social');
    await page.selectOption('#search-purpose', 'friends');
    await Promise.all([page.waitForURL(/kind=social/), page.click('.search-page-form button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('purpose')).toBe('friends');
    expect(await page.locator('#search-kind').inputValue()).toBe('social');
    const kinds = await page
      .locator('[data-search-results] li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.badge')?.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe('Social networking');
    await context.close();
  });

  it('says clearly when nothing matches, with 200', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/search/?q=zzqxjv`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('[data-search-summary]').textContent()).toContain('No sites match “zzqxjv”');
    expect(await page.locator('[data-no-results]').isVisible()).toBe(true);
    // Nothing named and nothing read: it says so, as the API's answer does.
    expect(await page.locator('[data-no-results] [data-search-intent]').textContent()).toContain(
      'we could not tell what you want to do',
    );
    await context.close();
  });

  it('says a wish it does not cover is not covered, rather than blaming the spelling', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=dating+sites`);
    const notice = page.locator('[data-no-results]');
    expect(await notice.locator('[data-search-intent]').textContent()).toContain('is not something we cover');
    expect(await notice.textContent()).not.toContain('Check the spelling');
    expect(await page.locator('[data-search-goals] a').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each([
    ['/search/?q=%20%20', 'Search text', 'is empty'],
    ['/search/?q=x&kind=corporate', 'Kind', 'must be one of business, social, hybrid'],
    ['/search/?q=x&purpose=dating', 'Purpose', 'must be one of contacts'],
    ['/search/?q=x&limit=500', 'Number of results', 'from 1 to 50'],
  ])('answers %s with 400 and says what to fix', async (path, label, message) => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(baseUrl + path);
    expect(res?.status()).toBe(400);
    const alert = page.locator('[data-search-errors]');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain(label);
    expect(await alert.textContent()).toContain(message);
    await context.close();
  });

  it('echoes a hostile query safely', async () => {
    const { page, context } = await openPage(browser());
    const text = '<script>window.__hit=1</script>" onmouseover="x';
    await page.goto(`${baseUrl}/search/?${new URLSearchParams({ q: text })}`);
    expect(await page.locator('#search-q').inputValue()).toBe(text);
    expect(await page.locator('[data-search-summary]').textContent()).toContain(text);
    expect(await page.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
    await context.close();
  });
});

describe('the /search/ page and the API agree', () => {
  it.each(['linkdin', 'angel investors', 'find a job', 'twiter', 'social network'])(
    'on the top results for "%s"',
    async (text) => {
      const query = new URLSearchParams({ q: text, limit: '8' });
      const api = await (await fetch(`${baseUrl}/api/search?${query}`)).json<{ results: { url: string }[] }>();
      const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
      await page.goto(`${baseUrl}/search/?${query}`);
      expect(await resultLinks(page)).toEqual(api.results.map((r) => r.url));
      expect(api.results.length).toBeGreaterThan(0);
      await context.close();
    },
  );
});
