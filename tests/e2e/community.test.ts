/**
 * Suggesting a site and reporting a mistake, end to end in Chromium against the
 * built site, with JavaScript off and on: found from the catalogue, the footer
 * and the site page; errors beside their fields with the input kept; a
 * thank-you page; then the moderator accepts and rejects on /admin/suggestions/.
 * Each browser context is its own simulated client (CF-Connecting-IP).
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const adminToken = inject('adminToken');
const run = crypto.randomUUID().slice(0, 8);
const browser = useBrowser();
let clients = 0;
const SLUG = 'meetup';

async function open(javaScriptEnabled: boolean): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser().newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'CF-Connecting-IP': `198.51.100.${++clients}` },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 4(03|09|22)\b/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { page, context, errors };
}

/** Runs `act` (a click that submits or follows a link) and answers the new page's response. */
async function navigate(page: Page, act: () => Promise<unknown>): Promise<Response> {
  const response = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400),
  );
  await act();
  const res = await response;
  await page.waitForLoadState('load');
  return res;
}

/** Field id → the error shown beside it. */
async function errorsShown(page: Page): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const el of await page.locator('.field-error:visible').all())
    shown[(await el.getAttribute('id'))!.replace(/-error$/, '')] = (await el.textContent())!.trim();
  return shown;
}

const names = { false: `Guild of Makers ${run} no JS`, true: `Guild of Makers ${run} with JS` };
const corrections = {
  false: `Groups cost money now, not free (${run}, no JS).`,
  true: `Groups cost money now, not free (${run}, with JS).`,
};

describe.each([false, true])('with JavaScript enabled: %s', (js) => {
  it('suggests a site from the catalogue page: errors beside their fields, input kept, then thanks', async () => {
    const { page, context, errors } = await open(js);
    await page.goto(`${baseUrl}/sites/`);
    const res = await navigate(page, () => page.click('main a[href="/suggest/"]'));
    expect(res.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Suggest a site');

    await page.fill('#suggest-name', js ? names.true : names.false);
    await page.fill('#suggest-url', 'makers.example');
    await page.fill('#suggest-why', 'Too short');
    await page.check('input[name="purposes"][value="peer-ideas"]');
    const refused = await navigate(page, () => page.click('button:has-text("Send suggestion")'));
    expect(refused.status()).toBe(422);
    expect(await errorsShown(page)).toEqual({
      'suggest-url': 'The address must be a full web address starting https:// or http://, like https://example.com.',
      'suggest-why': 'Why it belongs is too short: 9 characters, at least 20.',
    });
    expect(await page.locator('[role="alert"]').first().textContent()).toContain('Please fix the fields marked below.');
    expect(await page.inputValue('#suggest-name')).toBe(js ? names.true : names.false);
    expect(await page.inputValue('#suggest-why')).toBe('Too short');
    expect(await page.isChecked('input[name="purposes"][value="peer-ideas"]')).toBe(true);
    expect(await page.getAttribute('#suggest-url', 'aria-invalid')).toBe('true');

    await page.fill('#suggest-url', `https://makers-${run}-${js}.example.org/`);
    await page.fill('#suggest-why', 'A forum where hardware founders swap supplier contacts and ideas.');
    const accepted = await navigate(page, () => page.click('button:has-text("Send suggestion")'));
    expect(accepted.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Thank you for your suggestion');

    // The same site again is a duplicate, said in words.
    await page.goto(`${baseUrl}/suggest/`);
    await page.fill('#suggest-name', js ? names.true : names.false);
    await page.fill('#suggest-url', `https://makers-${run}-${js}.example.org`);
    await page.fill('#suggest-why', 'Suggested twice by mistake, which should be refused.');
    const dup = await navigate(page, () => page.click('button:has-text("Send suggestion")'));
    expect(dup.status()).toBe(409);
    expect(await page.locator('[role="alert"]').first().textContent()).toContain('already been suggested');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a mistake from the site page', async () => {
    const { page, context, errors } = await open(js);
    await page.goto(`${baseUrl}/sites/${SLUG}/`);
    await page.click('summary:has-text("Report a mistake")');
    await page.selectOption('#correction-field', 'pricing');
    await page.fill('#correction-correction', 'Wrong');
    await page.fill('#correction-source', 'http://help.example.com');
    const refused = await navigate(page, () => page.click('button:has-text("Send correction")'));
    expect(refused.status()).toBe(422);
    expect(new URL(page.url()).pathname).toBe(`/sites/${SLUG}/corrections/`);
    expect(await errorsShown(page)).toEqual({
      'correction-correction': 'The correction is too short: 5 characters, at least 10.',
      'correction-source': 'The source must be a full web address starting https://, like https://example.com.',
    });
    expect(await page.inputValue('#correction-field')).toBe('pricing');

    await page.fill('#correction-correction', js ? corrections.true : corrections.false);
    await page.fill('#correction-source', 'https://help.example.com/pricing');
    const accepted = await navigate(page, () => page.click('button:has-text("Send correction")'));
    expect(accepted.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Thank you for your correction');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('finding the forms and moderating', () => {
  it('links to /suggest/ from the footer of every page', async () => {
    const res = await fetch(`${baseUrl}/methodology/`);
    expect(await res.text()).toMatch(/<footer[\s\S]*href="\/suggest\/"/);
  });

  it('answers 404 for corrections of a site not in the catalogue', async () => {
    const res = await fetch(`${baseUrl}/sites/no-such-site/corrections/`);
    expect(res.status).toBe(404);
  });

  it('lets the moderator accept a suggestion and reject a correction', async () => {
    const { page, context, errors } = await open(false);
    await page.goto(`${baseUrl}/admin/suggestions/`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    await page.fill('#token', 'not-the-token');
    expect((await navigate(page, () => page.click('button:has-text("Show the queues")'))).status()).toBe(403);
    await page.fill('#token', adminToken);
    const right = await navigate(page, () => page.click('button:has-text("Show the queues")'));
    expect(right.status()).toBe(200);
    const titles = await page.locator('.queue-title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([names.false, names.true]));
    expect(await page.locator('.queue-body').allTextContents()).toEqual(
      expect.arrayContaining([corrections.false, corrections.true]),
    );

    const item = page.locator('.queue-item', { has: page.locator('.queue-title', { hasText: names.false }) });
    await navigate(page, () => item.locator('button:has-text("Accept")').click());
    expect(await page.locator('.notice').first().textContent()).toContain(`Accepted the suggestion “${names.false}”`);
    expect(await page.locator('.queue-title').allTextContents()).not.toContain(names.false);

    const fix = page.locator('.queue-item', { has: page.locator('.queue-body', { hasText: corrections.true }) });
    await navigate(page, () => fix.locator('button:has-text("Reject")').click());
    expect(await page.locator('.notice').first().textContent()).toContain(
      'Rejected the correction to Pricing of Meetup',
    );
    expect(await page.locator('.queue-body').allTextContents()).not.toContain(corrections.true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
