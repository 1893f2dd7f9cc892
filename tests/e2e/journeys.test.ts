/**
 * Whole journeys across features, in Chromium against the served site, the way
 * a visitor moves: browse → filter → detail, quiz → results → compare the top
 * three (with and without JavaScript), and every page template without a
 * console error. Feature-level journeys (search, reviews with moderation) live
 * in their own files.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { TEMPLATES } from '../support/templates';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('browse → filter → detail', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`works by clicking through with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const { page, context, errors } = await openPage(browser(), { javaScriptEnabled });
      await page.goto(`${baseUrl}/`);
      await Promise.all([page.waitForURL(/\/sites\/$/), page.getByRole('link', { name: /Browse all/ }).click()]);
      await Promise.all([
        page.waitForURL(/\/sites\/filter\/all\/referrals\/$/),
        page.locator('.filters').getByRole('link', { name: 'Referrals', exact: true }).click(),
      ]);
      const names = await page.locator('.card h3 a').allTextContents();
      expect(names.length).toBeGreaterThanOrEqual(6);
      expect(names).toContain('BNI');
      await Promise.all([
        page.waitForURL(/\/sites\/bni\/$/),
        page.locator('.card h3 a', { hasText: 'BNI' }).first().click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('BNI');
      expect(await page.locator('.score-row', { hasText: 'Referrals' }).locator('.bar .on').count()).toBe(3);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('quiz → results → compare the top three', () => {
  it('works with JavaScript off through the plain form', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/quiz/`);
    const goalSelects = page.locator('select[name="goals"]');
    await goalSelects.nth(0).selectOption('referrals');
    await goalSelects.nth(1).selectOption('local');
    await Promise.all([
      page.waitForURL(/\/quiz\/results\//),
      page.locator('form.quiz button[type="submit"]').last().click(),
    ]);
    const top = await page.locator('.recs > li h3, .recs > li h2').allTextContents();
    expect(top.length).toBe(5);
    const compare = page.locator('main a[href^="/compare/?sites="]').first();
    const href = await compare.getAttribute('href');
    expect(href).toMatch(/^\/compare\/\?sites=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
    await Promise.all([page.waitForURL(/\/compare\//), compare.click()]);
    expect(await page.locator('table thead th[scope="col"]').count()).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with JavaScript on, stepping through the questions', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/quiz/`);
    await page.check('input[type="checkbox"][value="investors"]');
    // Next through the goals and every optional question, to the last step (whatever their number).
    for (let step = 0; step < 20 && (await page.locator('button[data-next]:visible').count()) > 0; step++)
      await page.click('button[data-next]:visible');
    await Promise.all([
      page.waitForURL(/\/quiz\/results\//),
      page.locator('form.quiz button[type="submit"]:visible').click(),
    ]);
    const compare = page.locator('a[href^="/compare/?sites="]').first();
    const slugs = new URL(baseUrl + (await compare.getAttribute('href'))).searchParams.get('sites')!.split(',');
    expect(slugs).toHaveLength(3);
    await Promise.all([page.waitForURL(/\/compare\//), compare.click()]);
    const columns = await page.locator('table thead th[scope="col"]').allTextContents();
    expect(columns.join(' ')).not.toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('every page template', () => {
  for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
    it(`renders ${name} (${path}) with status ${status} and no console errors`, async () => {
      const { page, context, errors } = await openPage(browser());
      const res = await page.goto(baseUrl + path);
      expect(res?.status()).toBe(status);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count()).toBe(1);
      // The browser logs a 404 page's own status as an error; anything else is a real problem.
      expect(errors.filter((e) => !(status === 404 && /status of 404/.test(e)))).toEqual([]);
      await context.close();
    });
  }
});
