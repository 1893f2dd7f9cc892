import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('smoke: the served site in Chromium', () => {
  for (const path of ['/', '/sites/', '/sites/linkedin/']) {
    it(`opens ${path} with no console errors`, async () => {
      const { page, context, errors } = await openPage(browser());
      const res = await page.goto(baseUrl + path);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('answers an unknown page with a real 404 and our own page', async () => {
    const { page, context } = await openPage(browser());
    const res = await page.goto(`${baseUrl}/sites/nope/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Page not found');
    await context.close();
  });

  it('links every catalogue card to a detail page that renders', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/sites/`);
    const links = await page
      .locator('.card h3 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const href of links) {
      const res = await fetch(baseUrl + href);
      expect(res.status, href ?? '').toBe(200);
    }
    await context.close();
  });
});
