import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { SITE_URL } from '#src/shared/site-url.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The page's share-card meta, with og:image fetched from the test server. */
async function shareCard(path: string) {
  const html = await (await fetch(baseUrl + path)).text();
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
  const image = meta('og:image');
  expect(image, `${path} has og:image`).not.toBeNull();
  expect(image!.startsWith(`${SITE_URL}/`)).toBe(true);
  const res = await fetch(baseUrl + new URL(image!).pathname);
  const png = Buffer.from(await res.arrayBuffer());
  return {
    image: new URL(image!).pathname,
    status: res.status,
    type: res.headers.get('content-type'),
    size: png.subarray(1, 4).toString() === 'PNG' ? [png.readUInt32BE(16), png.readUInt32BE(20)] : null,
    twitterCard: meta('twitter:card'),
    twitterImage: meta('twitter:image'),
    width: meta('og:image:width'),
    height: meta('og:image:height'),
    alt: meta('og:image:alt'),
  };
}

describe('share cards (og:image)', () => {
  it.each([
    ['/', '/og/home.png'],
    ['/sites/linkedin/', '/og/sites/linkedin.png'],
    ['/purposes/referrals/', '/og/purposes/referrals.png'],
    ['/compare/linkedin-vs-xing/', '/og/compare/linkedin-vs-xing.png'],
    ['/search/?q=referrals', '/og/default.png'],
    ['/methodology/', '/og/default.png'],
  ])('%s has a 1200×630 PNG card that resolves (%s)', async (path, expected) => {
    const card = await shareCard(path);
    expect(card.image).toBe(expected);
    expect(card.status).toBe(200);
    expect(card.type).toMatch(/^image\/png/);
    expect(card.size).toEqual([1200, 630]);
    expect(card.twitterCard).toBe('summary_large_image');
    expect(card.twitterImage).toBe(`${SITE_URL}${expected}`);
    expect([card.width, card.height]).toEqual(['1200', '630']);
    expect(card.alt?.length).toBeGreaterThan(5);
  });

  it('draws a different card for each site', async () => {
    const a = Buffer.from(await (await fetch(`${baseUrl}/og/sites/linkedin.png`)).arrayBuffer());
    const b = Buffer.from(await (await fetch(`${baseUrl}/og/sites/xing.png`)).arrayBuffer());
    expect(a.equals(b)).toBe(false);
  });
});

describe('logos', () => {
  it('load lazily on the catalogue with JavaScript off, one per card, decorative and sized', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/`);
    const cards = page.locator('li.card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(5);
    const logos = page.locator('li.card img.logo');
    expect(await logos.count()).toBe(count);
    const attrs = await logos.evaluateAll((imgs) =>
      imgs.map((i) => [
        i.getAttribute('alt'),
        i.getAttribute('loading'),
        i.getAttribute('width'),
        i.getAttribute('height'),
      ]),
    );
    for (const a of attrs) expect(a).toEqual(['', 'lazy', '28', '28']);
    // The first cards are on screen: their logos have loaded; the last loads once scrolled to.
    const first = logos.first();
    await expect.poll(() => first.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    const last = logos.last();
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('show a brand icon or a monogram on the site page and in the compare column heads', async () => {
    const { page, context, errors } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sites/xing/`);
    const header = page.locator('h1 img.logo');
    await expect.poll(() => header.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(await header.getAttribute('loading')).toBeNull();
    await page.goto(`${baseUrl}/compare/linkedin-vs-xing/`);
    const heads = page.locator('th[data-site] img.logo');
    expect(await heads.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')))).toEqual([
      '/logos/linkedin.svg',
      '/logos/xing.svg',
    ]);
    expect(errors).toEqual([]);
    await context.close();
    const xing = await fetch(`${baseUrl}/logos/xing.svg`);
    expect(xing.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await xing.text()).toContain('fill="#006567"');
    const linkedin = await (await fetch(`${baseUrl}/logos/linkedin.svg`)).text();
    expect(linkedin).toContain('>LI</text>');
  });
});
