/**
 * Screenshots of every page template at 320, 390 and 1366 px, in light and
 * dark mode, written to test-results/screenshots/ (ignored by git) so a person
 * can look at what visitors see after every run. Each must be a real, non-empty
 * picture of the page at that width.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/browser';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const folder = join(import.meta.dirname, '../../../test-results/screenshots');
mkdirSync(folder, { recursive: true });

describe('screenshots of every template', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`at 320, 390 and 1366 px in ${colorScheme} mode`, async () => {
      for (const width of [320, 390, 1366]) {
        const context = await browser().newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
          const res = await page.goto(baseUrl + path);
          expect(res?.status(), path).toBe(status);
          const file = join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file });
          expect(statSync(file).size, file).toBeGreaterThan(2000);
        }
        await context.close();
      }
    }, 240_000);
  }
});
