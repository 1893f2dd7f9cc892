/**
 * Refusing state changes from other sites: the check the API runs in front of
 * every route for POST, PUT, PATCH and DELETE (functions/index.ts).
 */

/**
 * Whether a state-changing request comes from another site. Browsers send
 * `Sec-Fetch-Site` on every request and `Origin` on every non-GET fetch or
 * form post; requests with neither (curl, server-to-server) are not
 * cross-site browser requests and pass.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null') return true;
  return origin !== new URL(request.url).origin;
}

/** Methods that change state and so must come from our own pages. */
export const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
