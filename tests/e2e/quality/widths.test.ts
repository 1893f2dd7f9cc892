/**
 * No template is wider than a phone: at 320 and 390 px the document never
 * scrolls sideways (wide tables scroll inside their own focusable box).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/browser';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('no page is wider than the screen', () => {
  for (const width of [320, 390]) {
    // One context per width, navigated from page to page: the site keeps no state in the browser
    // (no cookies, no storage), so a fresh context per page would only cost time.
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser().newContext({ viewport: { width, height: 800 } });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });
    for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
      it(`at ${width} px: the ${name} page (${path})`, async () => {
        const res = await page.goto(baseUrl + path);
        expect(res?.status()).toBe(status);
        const { scrollWidth, viewport, widest } = await page.evaluate(() => {
          const viewport = document.documentElement.clientWidth;
          // Name the culprit when it fails: the first element whose right edge passes the screen's.
          const over = [...document.body.querySelectorAll('*')].find(
            (el) => el.getBoundingClientRect().right > viewport + 1 && !el.closest('[tabindex="0"]'),
          );
          return {
            scrollWidth: document.documentElement.scrollWidth,
            viewport,
            widest: over ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : '',
          };
        });
        expect(scrollWidth, widest).toBeLessThanOrEqual(viewport);
      });
    }
  }
});
