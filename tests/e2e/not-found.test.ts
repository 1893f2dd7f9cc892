/** The 404 page: says what was asked for, suggests the closest sites and pages; wrong-case site paths redirect. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the 404 page', () => {
  it('shows the path that was asked for (not /404/) and the closest sites, without JavaScript', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl}/sites/linkdin/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('[data-asked-path]').textContent()).toBe('/sites/linkdin/');
    expect(await page.locator('[data-site-matches] a').first().getAttribute('href')).toBe('/sites/linkedin/');
    await context.close();
  });

  it('suggests the closest section for a mistyped page', async () => {
    const res = await fetch(`${baseUrl}/purposs/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/i);
    const html = await res.text();
    expect(html).toContain('<code data-asked-path>/purposs/</code>');
    expect(html).toMatch(/data-page-matches[\s\S]*href="\/purposes\/"/);
  });

  it('quotes a hostile path as text', async () => {
    const html = await (await fetch(`${baseUrl}/%3Cscript%3Ealert(1)%3C/script%3E/`)).text();
    expect(html).toContain('<code data-asked-path>/%3Cscript%3Ealert(1)%3C/script%3E/</code>');
    // Inside a quoted attribute value a "<" is only text; outside one it must never appear as markup.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert');
  });

  it('redirects a mixed-case site path (301) to the lowercase one, keeping the rest', async () => {
    for (const [asked, to] of [
      ['/sites/LinkedIn/', '/sites/linkedin/'],
      ['/sites/XING', '/sites/xing/'],
    ]) {
      const res = await fetch(baseUrl + asked!, { redirect: 'manual' });
      expect(res.status, asked).toBe(301);
      expect(new URL(res.headers.get('location')!, baseUrl).pathname).toBe(to);
    }
    expect((await fetch(`${baseUrl}/sites/NoSuchSite/`, { redirect: 'manual' })).status).toBe(404);
  });
});
