/**
 * Independent checkers on every template: the Nu HTML checker (vnu.jar, run
 * with the system Java over the served HTML) and HTML_CodeSniffer (WCAG2AA,
 * run inside the page) — a second opinion beside axe (a11y.test.ts). Both
 * must report no errors; warnings and notices are left to people.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../../support/browser';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const vnuJar = join(require.resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const htmlcsSource = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

const browser = useBrowser();

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url: string;
  extract?: string;
}

/** Every template's HTML, validated by one vnu run (one JVM start). */
let vnuErrors = new Map<string, string[]>();
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'networkwise-vnu-'));
  const files: string[] = [];
  for (const [name, { path }] of Object.entries(TEMPLATES)) {
    const res = await fetch(baseUrl + path);
    const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.html`);
    writeFileSync(file, await res.text());
    files.push(file);
  }
  // vnu writes its JSON report to stderr.
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const out = run.stderr;
  const report = JSON.parse(out) as { messages: VnuMessage[] };
  vnuErrors = new Map();
  for (const m of report.messages) {
    if (m.type !== 'error' && m.subType !== 'fatal') continue;
    const key = decodeURIComponent(m.url.replace(/^file:/, ''));
    const list = vnuErrors.get(key) ?? [];
    list.push(`${m.message} [${(m.extract ?? '').trim().slice(0, 80)}]`);
    vnuErrors.set(key, list);
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the Nu HTML checker reports no errors', () => {
  for (const [name, { path }] of Object.entries(TEMPLATES)) {
    it(`on the ${name} page (${path})`, () => {
      const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.html`);
      expect(vnuErrors.get(file) ?? []).toEqual([]);
    });
  }
});

describe('HTML_CodeSniffer (WCAG 2 AA) reports no errors', () => {
  // One context, navigated from page to page: the site keeps no state in the browser (no cookies, no storage).
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
    it(`on the ${name} page (${path})`, async () => {
      const res = await page.goto(baseUrl + path);
      expect(res?.status()).toBe(status);
      await page.evaluate(htmlcsSource);
      const errors = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const htmlcs = (
              window as unknown as {
                HTMLCS: {
                  process: (standard: string, doc: Document, done: () => void) => void;
                  getMessages: () => { type: number; code: string; msg: string; element: Element }[];
                };
                HTMLCS_ERROR?: number;
              }
            ).HTMLCS;
            htmlcs.process('WCAG2AA', document, () => {
              resolve(
                htmlcs
                  .getMessages()
                  .filter((m) => m.type === 1)
                  .map(
                    (m) =>
                      `${m.code}: ${m.msg} (<${m.element.tagName.toLowerCase()}${m.element.id ? `#${m.element.id}` : ''}>)`,
                  ),
              );
            });
          }),
      );
      expect(errors).toEqual([]);
    });
  }
});
