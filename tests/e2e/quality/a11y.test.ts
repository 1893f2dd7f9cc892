import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/browser';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const browser = useBrowser();

/** Desktop in both colour schemes, and a 390 px phone (where tables scroll and the layout stacks). */
const RUNS = [
  { scheme: 'light', width: 1366, height: 900, label: 'light mode' },
  { scheme: 'dark', width: 1366, height: 900, label: 'dark mode' },
  { scheme: 'light', width: 390, height: 844, label: 'light mode at 390 px' },
] as const;

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const { scheme, width, height, label } of RUNS) {
    for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
      it(`on the ${name} page (${path}) in ${label}`, async () => {
        // bypassCSP lets the test inject axe; the site's own CSP stays strict.
        const context = await browser().newContext({
          bypassCSP: true,
          colorScheme: scheme,
          viewport: { width, height },
        });
        const page = await context.newPage();
        const res = await page.goto(baseUrl + path);
        expect(res?.status()).toBe(status);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async (tags) => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: Document,
                  o: object,
                ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          );
        }, WCAG_22_AA);
        expect(violations).toEqual([]);
        await context.close();
      });
    }
  }
});
