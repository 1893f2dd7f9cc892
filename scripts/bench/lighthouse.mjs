#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: builds and serves the site, runs Lighthouse
 * (mobile, Debian's Chromium) on each page template and prints the four
 * category scores per template. Figures, not a pass/fail test.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildSite, serveBuilt } from '../../tests/support/serve-built.mjs';

const TEMPLATES = {
  home: '/',
  catalogue: '/sites/',
  detail: '/sites/linkedin/',
  reviews: '/sites/linkedin/reviews/',
  purpose: '/purposes/referrals/',
  guide: '/business-vs-social/',
  methodology: '/methodology/',
  search: '/search/?q=referrals',
  quiz: '/quiz/',
  'quiz results': '/quiz/results/?goals=referrals&goals=contacts&time=light',
  compare: '/compare/?sites=linkedin,xing',
  'not found': '/sites/nope/',
};

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
if (!process.argv.includes('--no-build')) buildSite();
const site = await serveBuilt();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  for (const [name, path] of Object.entries(TEMPLATES).filter(([n]) => !only || only.includes(n))) {
    const result = await lighthouse(site.baseUrl + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    // Lighthouse refuses to score some pages (e.g. a 404 status); say why instead of printing zeros as scores.
    if (result.lhr.runtimeError) {
      console.log(
        `lighthouse: template=${JSON.stringify(name)} path=${path} not scored: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
      continue;
    }
    const failing = Object.values(c).flatMap((cat) =>
      cat.auditRefs.filter((r) => r.weight > 0 && (result.lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id),
    );
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(
      `lighthouse: template=${JSON.stringify(name)} path=${path} performance=${score('performance')} accessibility=${score('accessibility')} best_practices=${score('best-practices')} seo=${score('seo')}${failing.length ? ` below_100_because=${[...new Set(failing)].join(',')}` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await site.stop();
}
