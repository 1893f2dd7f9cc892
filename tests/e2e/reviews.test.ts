/**
 * Reviews end to end in Chromium against the built site: a review sent through
 * the page with JavaScript off and with it on stays private until a moderator
 * approves it in /admin/reviews/, then shows on the reviews page and on the
 * static site page. Each browser context is its own simulated client
 * (CF-Connecting-IP), so the per-client limits never get in the way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { useBrowser } from '../support/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');
const adminToken = inject('adminToken');
const SLUG = 'alignable';
const NAME = 'Alignable';
const run = crypto.randomUUID().slice(0, 8);
const browser = useBrowser();
let clients = 0;

/** A fresh context as a new simulated client; collects console errors. */
async function open(javaScriptEnabled: boolean): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser().newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'CF-Connecting-IP': `192.0.2.${++clients}` },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, context, errors };
}

/** Runs `act` (a click that submits or follows a link) and waits for the new page; answers its final response. */
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

/** Console errors other than the browser's note that a response was a 422 (which these tests ask for). */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 422\b/.test(e));

async function fillReview(
  page: Page,
  review: { rating?: number; title: string; body: string; author: string; usedFor?: string },
) {
  if (review.rating) await page.check(`input[name="rating"][value="${review.rating}"]`);
  await page.fill('#review-title', review.title);
  await page.fill('#review-body', review.body);
  await page.fill('#review-author', review.author);
  if (review.usedFor) await page.selectOption('#review-usedFor', review.usedFor);
}

const invalid = { title: '  ab  ', body: 'Too short.', author: 'Nia' };
const expectedErrors = {
  rating: 'Choose a rating from 1 to 5 stars.',
  title: 'The title is too short: 2 characters, at least 3.',
  body: 'Your review is too short: 10 characters, at least 20.',
};
const noJsTitle = `Found a local accountant (no JS ${run})`;
const jsTitle = `Two referrals in a month (JS ${run})`;

async function errorsShown(page: Page) {
  const shown: Record<string, string> = {};
  for (const el of await page.locator('[data-error-for]:visible').all()) {
    shown[(await el.getAttribute('data-error-for'))!] = (await el.textContent())!.trim();
  }
  return shown;
}

async function publicTitles(page: Page): Promise<string[]> {
  await page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
  return page.locator('.review-title').allTextContents();
}

describe('writing a review', () => {
  it('works with JavaScript off: every error next to its field with the input kept, then a thank-you page', async () => {
    const { page, context, errors } = await open(false);
    await page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
    await fillReview(page, invalid);
    const refused = await navigate(page, () => page.click('button:has-text("Send review")'));
    expect(refused.status()).toBe(422);
    expect(await errorsShown(page)).toEqual(expectedErrors);
    await expect(page.locator('[role="alert"]').first().textContent()).resolves.toContain(
      'Please fix the fields marked below.',
    );
    expect(await page.inputValue('#review-title')).toBe(invalid.title);
    expect(await page.inputValue('#review-body')).toBe(invalid.body);
    expect(await page.inputValue('#review-author')).toBe(invalid.author);
    expect(await page.getAttribute('#review-title', 'aria-invalid')).toBe('true');

    await fillReview(page, {
      rating: 4,
      title: noJsTitle,
      body: 'Asked for an accountant in the local group and got three good replies.',
      author: 'Nia',
      usedFor: 'local',
    });
    const accepted = await navigate(page, () => page.click('button:has-text("Send review")'));
    expect(accepted.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Thank you for your review');
    expect(await publicTitles(page)).not.toContain(noJsTitle);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('works inline with JavaScript on, with the same messages', async () => {
    const { page, context, errors } = await open(true);
    await page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
    const url = page.url();
    await fillReview(page, invalid);
    await page.click('button:has-text("Send review")');
    await page.locator('[data-error-for="title"]:visible').waitFor();
    expect(page.url()).toBe(url);
    expect(await errorsShown(page)).toEqual(expectedErrors);
    await expect(page.locator('[data-part="summary"]').textContent()).resolves.toContain(
      'Please fix the fields marked below.',
    );

    await fillReview(page, {
      rating: 5,
      title: jsTitle,
      body: 'Joined two groups, answered questions, and two referrals came in a month.',
      author: 'Omar',
    });
    await page.click('button:has-text("Send review")');
    await page.locator('[data-review-thanks]').waitFor();
    expect(page.url()).toBe(url);
    expect(await page.locator('[data-review-thanks] h2').textContent()).toBe('Thank you for your review');
    expect(await page.locator('form[data-review-form]').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    expect(await publicTitles(page)).not.toContain(jsTitle);
    await context.close();
  });

  it('answers 404 for the reviews of a site that is not in the catalogue', async () => {
    const res = await fetch(`${baseUrl}/sites/no-such-site/reviews/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Site not found');
  });
});

describe('moderation', () => {
  it('refuses a wrong token and shows the queue for the right one', async () => {
    const { page, context } = await open(false);
    await page.goto(`${baseUrl}/admin/reviews/`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    await page.fill('#token', 'not-the-token');
    const wrong = await navigate(page, () => page.click('button:has-text("Show the queue")'));
    expect(wrong.status()).toBe(403);
    expect(await page.locator('.queue-item').count()).toBe(0);
    await page.fill('#token', adminToken);
    const right = await navigate(page, () => page.click('button:has-text("Show the queue")'));
    expect(right.status()).toBe(200);
    expect(right.headers()['cache-control']).toBe('no-store');
    const titles = await page.locator('.queue-title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([noJsTitle, jsTitle]));
    await context.close();
  });

  it('publishes the reviews once approved: on the reviews page and on the static site page', async () => {
    const { page, context, errors } = await open(true);
    await page.goto(`${baseUrl}/admin/reviews/`);
    await page.fill('#token', adminToken);
    await navigate(page, () => page.click('button:has-text("Show the queue")'));
    for (const title of [noJsTitle, jsTitle]) {
      const item = page.locator('.queue-item', { has: page.locator('.queue-title', { hasText: title }) });
      await navigate(page, () => item.locator('button:has-text("Approve")').click());
      expect(await page.locator('.notice').first().textContent()).toContain(`Approved “${title}”`);
      expect(await page.locator('.queue-title').allTextContents()).not.toContain(title);
    }
    expect(await publicTitles(page)).toEqual(expect.arrayContaining([noJsTitle, jsTitle]));
    expect(await page.locator('[data-part="average"]').first().textContent()).toMatch(/out of 5 from \d+ reviews?/);

    await page.goto(`${baseUrl}/sites/${SLUG}/`);
    await page.locator('[data-reviews-teaser] .review-title', { hasText: jsTitle }).waitFor();
    expect(await page.locator('[data-reviews-teaser] [data-part="average"]').textContent()).toMatch(/out of 5/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves a plain link to the reviews on the static site page without JavaScript', async () => {
    const { page, context } = await open(false);
    await page.goto(`${baseUrl}/sites/${SLUG}/`);
    const link = page.locator('[data-reviews-teaser] a[data-reviews-link]');
    expect(await link.textContent()).toBe(`Read and write reviews of ${NAME}`);
    await navigate(page, () => link.click());
    expect(new URL(page.url()).pathname).toBe(`/sites/${SLUG}/reviews/`);
    await context.close();
  });
});

describe('published reviews', () => {
  async function publishViaApi(review: Record<string, unknown>): Promise<string> {
    const res = await fetch(`${baseUrl}/api/sites/${SLUG}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.18.0.${++clients}` },
      body: JSON.stringify(review),
    });
    expect(res.status).toBe(202);
    const { id } = await res.json<{ id: string }>();
    const approved = await fetch(`${baseUrl}/api/admin/reviews/${id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(approved.status).toBe(200);
    return id;
  }

  it('renders HTML in review text as text, on the reviews page and the static site page', async () => {
    const title = `<img src=x onerror="window.__xss='title'"> ${run}`;
    const body = `<script>window.__xss='body'</script></p><b>not bold</b> and long enough ${run}`;
    const author = '"><svg onload="window.__xss=\'author\'">';
    const id = await publishViaApi({ rating: 1, title, body, author });
    const { page, context, errors } = await open(true);
    for (const path of [`/sites/${SLUG}/reviews/`, `/sites/${SLUG}/`]) {
      await page.goto(baseUrl + path);
      const review = path.endsWith('/reviews/')
        ? page.locator(`#review-${id}`)
        : page.locator('[data-reviews-teaser] .review', { hasText: run }).first();
      await review.waitFor();
      expect(await review.locator('.review-title').textContent()).toBe(title);
      expect(await review.locator('.review-body').textContent()).toBe(body);
      expect(await review.locator('[data-part="author"]').textContent()).toBe(author);
      expect(await review.locator('img, script, svg:not([aria-hidden]), b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts a helpful vote without JavaScript and with it', async () => {
    const id = await publishViaApi({
      rating: 4,
      title: `Helpful test ${run}`,
      body: `Worth a vote, and long enough to be a review ${run}`,
      author: 'V',
    });
    const off = await open(false);
    await off.page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
    const helpfulOff = off.page.locator(`#review-${id} button:has-text("Helpful")`);
    expect(await helpfulOff.textContent()).toContain('(0)');
    await navigate(off.page, () => helpfulOff.click());
    expect(new URL(off.page.url()).searchParams.get('thanks')).toBe('helpful');
    expect(await off.page.locator(`#review-${id} button:has-text("Helpful")`).textContent()).toContain('(1)');
    expect(await off.page.locator(`#review-${id} [data-part="notice"]`).textContent()).toBe(
      'Thanks: marked as helpful.',
    );
    await off.context.close();

    const on = await open(true);
    await on.page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
    const url = on.page.url();
    await on.page.locator(`#review-${id} button:has-text("Helpful")`).click();
    await on.page.locator(`#review-${id} [data-part="notice"]`, { hasText: 'Thanks: marked as helpful.' }).waitFor();
    expect(await on.page.locator(`#review-${id} [data-part="helpful"]`).textContent()).toBe('(2)');
    expect(on.page.url()).toBe(url);
    expect(on.errors).toEqual([]);
    await on.context.close();
  });
});

describe('accessibility of the states a plain page load does not show', () => {
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    });
  }

  it('finds no axe violations in the form with errors, nor in the moderation queue', async () => {
    // bypassCSP lets the test inject axe; the site's own CSP stays strict.
    const context = await browser().newContext({
      bypassCSP: true,
      javaScriptEnabled: true,
      extraHTTPHeaders: { 'CF-Connecting-IP': `192.0.2.${++clients}` },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sites/${SLUG}/reviews/`);
    await page.click('button:has-text("Send review")');
    await page.locator('[data-error-for="title"]:visible').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/admin/reviews/`);
    await page.fill('#token', adminToken);
    await navigate(page, () => page.click('button:has-text("Show the queue")'));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
