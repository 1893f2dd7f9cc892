import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/browser';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG 2.2 AA rules that read colours (axe's `cat.color`). Dark mode
 * changes colours and nothing else (checked below), so the other rules would
 * find in dark mode exactly what they find in light mode on the same layout:
 * the dark run asks only these.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const browser = useBrowser();

/** Desktop in both colour schemes, and a 390 px phone (where tables scroll and the layout stacks). */
const RUNS = [
  { scheme: 'light', width: 1366, height: 900, label: 'light mode', rules: 'all' },
  { scheme: 'dark', width: 1366, height: 900, label: 'dark mode', rules: 'colour' },
  { scheme: 'light', width: 390, height: 844, label: 'light mode at 390 px', rules: 'all' },
] as const;

type AxeRunOnly = { type: 'tag' | 'rule'; values: string[] };

async function axeViolations(page: Page, runOnly: AxeRunOnly): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
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
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  }, runOnly);
}

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const { scheme, width, height, label, rules } of RUNS) {
    describe(label, () => {
      // One context per run, navigated from page to page: the site keeps no state in the browser (no cookies,
      // no storage), so a fresh context per page would only cost time. bypassCSP lets the test inject axe;
      // the site's own CSP stays strict.
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await browser().newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width, height } });
        page = await context.newPage();
      });
      afterAll(async () => {
        await context?.close();
      });
      for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
        it(`on the ${name} page (${path}) in ${label}`, async () => {
          const res = await page.goto(baseUrl + path);
          expect(res?.status()).toBe(status);
          const runOnly: AxeRunOnly =
            rules === 'all' ? { type: 'tag', values: WCAG_22_AA } : { type: 'rule', values: COLOUR_RULES };
          expect(await axeViolations(page, runOnly)).toEqual([]);
        });
      }
    });
  }
});

/** Every `@media (prefers-color-scheme: dark)` block in the site's styles, with what it declares. */
function darkBlocks(): { blocks: { file: string; body: string }[]; elsewhere: string[] } {
  const root = join(import.meta.dirname, '../../..');
  const files = ['src', 'public'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[])
      .filter((f) => /\.(css|astro|tsx?|svg|html)$/.test(f))
      .map((f) => join(dir, f)),
  );
  const blocks: { file: string; body: string }[] = [];
  const elsewhere: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    // A dark picture source or a script asking matchMedia is not a style block this check can read.
    const mentions = text.match(/prefers-color-scheme/g)?.length ?? 0;
    const before = blocks.length;
    for (const m of text.matchAll(/prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g)) {
      // The block runs to the brace that closes the one the match opened.
      let depth = 1;
      let i = m.index + m[0].length;
      for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
      blocks.push({ file, body: text.slice(m.index + m[0].length, i - 1) });
    }
    if (mentions !== blocks.length - before) elsewhere.push(file);
  }
  return { blocks, elsewhere };
}

describe('the dark-mode run may ask only the colour rules', () => {
  it('because dark mode sets colour custom properties and nothing else', () => {
    const { blocks, elsewhere } = darkBlocks();
    expect(blocks.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    const colour = /^(#[0-9a-f]{3,8}|(rgb|hsl|hwb|lab|lch|oklab|oklch)a?\([^)]*\)|transparent)$/i;
    const other = blocks.flatMap(({ file, body }) =>
      body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/[^{}]*\{/g, '')
        .replace(/\}/g, '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .filter((d) => {
          const [prop, ...value] = d.split(':');
          return !(prop!.trim().startsWith('--') && colour.test(value.join(':').trim()));
        })
        .map((d) => `${file}: ${d}`),
    );
    // A layout, visibility or content change in dark mode means the dark run must ask every rule again.
    expect(other).toEqual([]);
  });
});
