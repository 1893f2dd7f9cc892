/**
 * Page-weight budgets measured on the built output (`dist/client`): for every
 * prerendered HTML page, the gzip-compressed bytes of the page plus every
 * stylesheet and script it loads (following static `import`s between
 * bundled chunks). Used by `tests/e2e/quality/budgets.test.ts` after the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Limits in bytes, compressed. */
export const BUDGETS = {
  pageTotal: 50 * 1024,
  pageJs: 10 * 1024,
  quizJs: 15 * 1024,
  /** HTML + CSS, what the first round trips of a new connection carry (about 14 kB). */
  firstFlight: 14 * 1024,
} as const;

/**
 * Templates allowed over `firstFlight` (HTML + CSS, gzip): none. A template that outgrows it
 * gets lighter (pages, one-line entries for the long tail of a list) rather than a place here.
 */
export const OVER_FIRST_FLIGHT: readonly string[] = [];

export interface PageWeight {
  /** URL path of the page, e.g. `/sites/linkedin/`. */
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  assets: string[];
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' ? [] : htmlFiles(full, base);
    return name.endsWith('.html') ? [full.slice(base.length)] : [];
  });
}

/** Static imports of a bundled ES module, resolved to site paths. */
function importsOf(code: string, from: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    found.add(spec.startsWith('/') ? spec : posix.join(posix.dirname(from), spec));
  }
  return [...found];
}

/** Weighs one page and everything it loads. */
export function weighPage(clientDir: string, relFile: string): PageWeight {
  const html = readFileSync(join(clientDir, relFile), 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) css.add(m[1]!);
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  queue.push(...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
  while (queue.length > 0) {
    const src = queue.pop()!;
    if (js.has(src) || !src.startsWith('/')) continue;
    js.add(src);
    queue.push(...importsOf(readFileSync(join(clientDir, src), 'utf8'), src));
  }
  const size = (paths: Set<string>) => [...paths].reduce((sum, p) => sum + gz(readFileSync(join(clientDir, p))), 0);
  const weight = { html: gz(html), css: size(css), js: size(js) };
  const path =
    '/' +
    relFile
      .replace(/^\//, '')
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '/');
  return {
    path: path === '//' ? '/' : path,
    ...weight,
    total: weight.html + weight.css + weight.js,
    assets: [...css, ...js],
  };
}

/** Weighs every prerendered page under `clientDir`. */
export function weighSite(clientDir: string): PageWeight[] {
  return htmlFiles(clientDir)
    .map((f) => weighPage(clientDir, f))
    .sort((a, b) => a.path.localeCompare(b.path));
}
