#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: builds and serves the site, runs Lighthouse
 * (mobile, Debian's Chromium) on each page template and prints the four
 * category scores per template. Figures, not a pass/fail test.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildSite, serveBuilt } from './serve-built.mjs';

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

if (!process.argv.includes('--no-build')) buildSite();
const site = await serveBuilt();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [name, path] of Object.entries(TEMPLATES)) {
    const result = await lighthouse(site.baseUrl + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    console.log(
      `lighthouse: template=${JSON.stringify(name)} path=${path} performance=${score('performance')} accessibility=${score('accessibility')} best_practices=${score('best-practices')} seo=${score('seo')}`,
    );
  }
} finally {
  chrome.kill();
  await site.stop();
}
