/**
 * Who a visitor is, without knowing who they are: an HMAC-SHA-256 of the
 * `CF-Connecting-IP` header (set by Cloudflare; locally by miniflare or a
 * test) keyed with the `CLIENT_HASH_KEY` secret plus the UTC date. The key
 * rotates at midnight UTC, so hashes cannot be linked across days and the IP
 * is never stored. Used for rate limits, duplicate votes and reports.
 */

const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string, day: string): Promise<CryptoKey> {
  const id = `${day}\n${secret}`;
  let key = keys.get(id);
  if (!key) {
    // One key a day (per secret) is enough; drop yesterday's.
    keys.clear();
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(id), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(id, key);
  }
  return key;
}

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Thrown when the worker has no `CLIENT_HASH_KEY` secret. */
export class MissingClientKeyError extends Error {
  constructor() {
    super(
      'Reviews and votes are switched off: the server has no CLIENT_HASH_KEY secret. Set it with `npx wrangler secret put CLIENT_HASH_KEY` (locally: .dev.vars).',
    );
    this.name = 'MissingClientKeyError';
  }
}

/**
 * The part of an address that identifies one client. An IPv6 user usually
 * holds a whole /64 and could pick a fresh address per request, so IPv6 is
 * cut to its first four groups; IPv4 (and anything else) is kept whole.
 */
export function clientNetwork(ip: string): string {
  const address = ip.trim().toLowerCase();
  if (!address.includes(':') || !/^[0-9a-f:.]+$/.test(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The daily client hash for an IP address (any string; `unknown` when the header is missing). */
export async function clientHash(ip: string, secret: string | undefined, now: Date): Promise<string> {
  if (!secret) throw new MissingClientKeyError();
  const day = now.toISOString().slice(0, 10);
  const signature = await crypto.subtle.sign(
    'HMAC',
    await keyFor(secret, day),
    new TextEncoder().encode(clientNetwork(ip)),
  );
  return base64url(signature);
}

/** The daily client hash of the request's `CF-Connecting-IP`. */
export function clientHashOf(headers: Headers, secret: string | undefined, now: Date): Promise<string> {
  return clientHash(headers.get('cf-connecting-ip') ?? 'unknown', secret, now);
}
