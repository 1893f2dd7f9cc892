import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFileBlock } from '#src/shared/security-headers.ts';
import { isCrossSiteRequest } from '#src/server/cross-site.ts';

const post = (headers: Record<string, string>) =>
  new Request('https://networkwise.example/api/x', { method: 'POST', headers });

describe('security headers', () => {
  it('allow scripts only from our origin, never inline', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('write every header into the _headers block for all paths', () => {
    const block = headersFileBlock();
    expect(block.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(block).toContain(`  ${name}: ${value}\n`);
  });
});

describe('isCrossSiteRequest', () => {
  it('refuses another origin', () => expect(isCrossSiteRequest(post({ origin: 'https://evil.example' }))).toBe(true));
  it('refuses a cross-site fetch even without Origin', () =>
    expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'cross-site' }))).toBe(true));
  it('refuses a same-site but different subdomain fetch', () =>
    expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'same-site' }))).toBe(true));
  it('refuses the opaque "null" origin of sandboxed frames', () =>
    expect(isCrossSiteRequest(post({ origin: 'null' }))).toBe(true));
  it('accepts our own origin', () =>
    expect(isCrossSiteRequest(post({ origin: 'https://networkwise.example', 'sec-fetch-site': 'same-origin' }))).toBe(
      false,
    ));
  it('accepts non-browser clients that send neither header', () => expect(isCrossSiteRequest(post({}))).toBe(false));
});
