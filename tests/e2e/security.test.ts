/**
 * Security in the served site: headers on every kind of response, cross-site
 * state changes refused, and the OWASP XSS filter-evasion vectors, submitted as
 * reviews, approved and rendered in Chromium, executing nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { TEMPLATES } from '../support/templates';

const baseUrl = inject('baseUrl');
const adminToken = inject('adminToken');
const browser = useBrowser();

const REQUIRED = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'strict-transport-security',
];

describe('security headers', () => {
  const paths = [
    ...Object.values(TEMPLATES).map((t) => t.path),
    '/api/health',
    '/api/search?q=x',
    '/api/nope',
    '/favicon.svg',
    '/data/sites.json',
    '/rss.xml',
  ];
  for (const path of paths) {
    it(`are on ${path}`, async () => {
      const res = await fetch(baseUrl + path);
      await res.arrayBuffer();
      for (const name of REQUIRED) expect(res.headers.get(name), name).toBeTruthy();
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toMatch(/frame-ancestors 'none'/);
      const scriptSrc = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });
  }

  it('leave no inline executable script on any page template', async () => {
    for (const { path } of Object.values(TEMPLATES)) {
      const html = await (await fetch(baseUrl + path)).text();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter(
        (m) => !/type="application\/ld\+json"/.test(m[1]!),
      );
      expect(inline.map((m) => `${path}: <script${m[1]}>`)).toEqual([]);
    }
  });
});

describe('CORS for reads, and HTML encodings', () => {
  const ELSEWHERE = { origin: 'https://elsewhere.example' };

  it.each(['/data/sites.json', '/data/sites.csv', '/api/search?q=linkedin', '/api/sites/linkedin/reviews'])(
    'lets any site read %s',
    async (path) => {
      const res = await fetch(baseUrl + path, { headers: ELSEWHERE });
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    },
  );

  // A cross-site read with its own headers is preflighted: the open data files and the read API answer it.
  it.each(['/data/sites.json', '/data/sites.csv', '/api/search', '/api/sites/linkedin/reviews'])(
    'answers the preflight for %s',
    async (path) => {
      const res = await fetch(baseUrl + path, {
        method: 'OPTIONS',
        headers: { ...ELSEWHERE, 'access-control-request-method': 'GET' },
      });
      await res.arrayBuffer();
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toMatch(/\bGET\b/);
    },
  );

  it('still serves the open data files themselves, and the 404 page for one that does not exist', async () => {
    const csv = await fetch(`${baseUrl}/data/sites.csv`, { method: 'HEAD' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const missing = await fetch(`${baseUrl}/data/no-such-file.json`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/<html/i);
  });

  it('never allows writes from another site', async () => {
    const preflight = await fetch(`${baseUrl}/api/sites/linkedin/reviews`, {
      method: 'OPTIONS',
      headers: { ...ELSEWHERE, 'access-control-request-method': 'POST' },
    });
    await preflight.arrayBuffer();
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['/', '/admin/reviews/', '/sites/linkedin/reviews/', '/no-such-page/'])(
    'serves %s as text/html; charset=utf-8',
    async (path) => {
      const res = await fetch(baseUrl + path);
      await res.arrayBuffer();
      expect(res.headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/i);
    },
  );
});

describe('cross-site requests that change data', () => {
  const review = JSON.stringify({
    rating: 5,
    title: 'Cross-site attempt',
    body: 'This review was posted from another origin.',
    author: 'Mallory',
  });
  it('are refused with 403 problem+json for JSON posts from another origin', async () => {
    const res = await fetch(`${baseUrl}/api/sites/linkedin/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: review,
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('are refused for moderation even with the right token', async () => {
    const res = await fetch(`${baseUrl}/api/admin/reviews/seed-linkedin-1/reject`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    const still = await (
      await fetch(`${baseUrl}/api/sites/linkedin/reviews?limit=50`)
    ).json<{
      reviews: { id: string }[];
    }>();
    expect(still.reviews.map((r) => r.id)).toContain('seed-linkedin-1');
  });

  it('are refused for plain form posts to pages from another origin', async () => {
    const res = await fetch(`${baseUrl}/sites/linkedin/reviews/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'rating=5&title=Cross&body=This+review+was+posted+from+another+origin.&author=Mallory',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });
});

/** The OWASP XSS filter-evasion cheat sheet's classic vectors (a representative set). */
const VECTORS = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="window.__xss=1;alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<svg/onload=window.__xss=1>`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `"><script>window.__xss=1</script>`,
  `';alert(String.fromCharCode(88,83,83))//';alert(String.fromCharCode(88,83,83))//"; alert(String.fromCharCode(88,83,83))//--></SCRIPT>">'><SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>`,
  `<details open ontoggle=window.__xss=1>`,
];

/** Each body names its vector's number: the duplicate check ignores case, and some vectors differ only in case. */
const bodyOf = (i: number, vector: string) => `Vector ${i + 1} under test: ${vector}`;

describe('XSS vectors submitted as reviews', () => {
  it('are stored verbatim, approved, rendered as text and execute nothing in Chromium', async () => {
    const slug = 'tumblr';
    const ids: string[] = [];
    for (const [i, vector] of VECTORS.entries()) {
      const res = await fetch(`${baseUrl}/api/sites/${slug}/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.51.100.${i + 1}` },
        body: JSON.stringify({
          rating: 1 + (i % 5),
          title: `XSS vector ${i + 1}`,
          body: bodyOf(i, vector),
          author: vector.slice(0, 60),
        }),
      });
      expect(res.status, `vector ${i + 1}: ${await res.clone().text()}`).toBe(202);
      ids.push((await res.json<{ id: string }>()).id);
    }
    for (const id of ids) {
      const res = await fetch(`${baseUrl}/api/admin/reviews/${id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(res.status).toBe(200);
    }
    const api = await (
      await fetch(`${baseUrl}/api/sites/${slug}/reviews?limit=50`)
    ).json<{
      reviews: { body: string }[];
    }>();
    for (const [i, vector] of VECTORS.entries()) expect(api.reviews.map((r) => r.body)).toContain(bodyOf(i, vector));

    for (const path of [
      `/sites/${slug}/reviews/`,
      `/sites/${slug}/reviews/?sort=helpful`,
      `/sites/${slug}/`,
      `/admin/reviews/`,
    ]) {
      const context = await browser().newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(baseUrl + path);
      await page.waitForLoadState('networkidle');
      await page.mouse.move(10, 10);
      await page.hover('body');
      const sentinel = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
      expect(dialogs, path).toEqual([]);
      expect(sentinel, path).toBeUndefined();
      if (path === `/sites/${slug}/reviews/`) {
        // The newest vector is on the first page, as text, not parsed into elements.
        const last = VECTORS.length - 1;
        await expect(page.getByText(bodyOf(last, VECTORS[last]!)).first().isVisible()).resolves.toBe(true);
        expect(
          await page.locator('main img[src="/"], main svg[onload], main iframe, main details[ontoggle]').count(),
        ).toBe(0);
      }
      await context.close();
    }
  });
});
