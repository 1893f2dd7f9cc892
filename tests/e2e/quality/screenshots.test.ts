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
  for (const width of [320, 390, 1366]) {
    // One visit per page shoots both colour schemes: dark mode changes only colours (a11y.test.ts checks
    // that), so switching the emulated scheme redraws the same page in dark without loading it again.
    it(`at ${width} px in light and dark mode`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
      const page = await context.newPage();
      for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
        const res = await page.goto(baseUrl + path);
        expect(res?.status(), path).toBe(status);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const file = join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file });
          expect(statSync(file).size, file).toBeGreaterThan(2000);
        }
      }
      await context.close();
    }, 240_000);
  }
});
