/**
 * The security headers every response carries: prerendered files get them
 * through `_headers` (written at build time by the `security-headers`
 * integration), Worker responses through the middleware in `src/fetch.ts`.
 * One list, so pages, assets and the API can never drift apart.
 */

/**
 * Content-Security-Policy. Scripts only from our own origin (Astro bundles
 * every `<script>` into `/_astro/*.js`), so `script-src` needs no
 * `'unsafe-inline'`; inline styles are allowed because Astro scopes component
 * styles with inline `<style>` blocks on small pages.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/** Headers for every response. HSTS is ignored by browsers on plain-HTTP localhost, so it is safe to send always. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** The open data (`/data/*`) may be read from any site's pages: no cookies, nothing private. */
export const OPEN_DATA_PREFIX = '/data/';
export const OPEN_DATA_CORS_HEADERS: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };

/** The headers of an answered CORS preflight for a read-only resource. */
export const READ_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...OPEN_DATA_CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Max-Age': '86400',
};

/**
 * The `_headers` blocks: {@link SECURITY_HEADERS} on every static file, and
 * CORS for reads on the open data files.
 */
export function headersFileBlock(): string {
  return (
    [
      '/*',
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
      `${OPEN_DATA_PREFIX}*`,
      ...Object.entries(OPEN_DATA_CORS_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    ].join('\n') + '\n'
  );
}
