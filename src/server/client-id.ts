/**
 * Who a visitor is, without knowing who they are, and without anyone being
 * able to find out later: HMAC-SHA-256 keyed with a random salt of the UTC
 * day (32 bytes from `crypto.getRandomValues`, stored in D1's `client_salts`)
 * over the `CLIENT_HASH_KEY` secret and the client's network (from
 * `CF-Connecting-IP`, set by Cloudflare; locally by miniflare or a test).
 * A day's salt is deleted as soon as the day is over: no duplicate or rate
 * window reaches back further (votes are one per client per day, the rate
 * windows reset with the daily hash). From then on a stored hash cannot be
 * linked to an address, even with the database and the key. The IP is never
 * stored. Used for rate limits, duplicate votes and reports.
 */

/** How long a salt is kept: only its own UTC day. Said on /methodology/. */
export const SALT_KEPT_FOR = 'the UTC day it is used on';

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

// One HMAC key per day per isolate; D1 is the authority on the salt itself.
const saltKeys = new Map<string, Promise<CryptoKey>>();

const SALT_SQL = {
  forget: 'DELETE FROM client_salts WHERE day < ?1',
  create: 'INSERT OR IGNORE INTO client_salts (day, salt) VALUES (?1, ?2)',
  read: 'SELECT salt FROM client_salts WHERE day = ?1',
} as const;

/**
 * The salt of a UTC day, created on first use: one batch deletes the salts of
 * earlier days, inserts a fresh random salt unless another request already
 * did, and reads the one that won.
 */
export async function saltOfDay(db: D1Database, day: string): Promise<string> {
  const fresh = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const [, , read] = await db.batch<{ salt: string }>([
    db.prepare(SALT_SQL.forget).bind(day),
    db.prepare(SALT_SQL.create).bind(day, fresh),
    db.prepare(SALT_SQL.read).bind(day),
  ]);
  const salt = read?.results[0]?.salt;
  if (!salt) throw new Error('client_salts: the salt of the day could not be read back');
  return salt;
}

function keyFor(db: D1Database, day: string): Promise<CryptoKey> {
  let key = saltKeys.get(day);
  if (!key) {
    // Yesterday's key must not outlive yesterday's salt.
    saltKeys.clear();
    key = saltOfDay(db, day).then((salt) =>
      crypto.subtle.importKey('raw', new TextEncoder().encode(salt), { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
      ]),
    );
    // A failed read must not be remembered.
    key.catch(() => saltKeys.delete(day));
    saltKeys.set(day, key);
  }
  return key;
}

/** Thrown when the worker has no `CLIENT_HASH_KEY` secret. */
export class MissingClientKeyError extends Error {
  constructor() {
    super('Reviews and votes are switched off for now: the server is missing a setting. Please try again later.');
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
export async function clientHash(db: D1Database, ip: string, secret: string | undefined, now: Date): Promise<string> {
  if (!secret) throw new MissingClientKeyError();
  const day = now.toISOString().slice(0, 10);
  const signature = await crypto.subtle.sign(
    'HMAC',
    await keyFor(db, day),
    new TextEncoder().encode(`${secret}\n${clientNetwork(ip)}`),
  );
  return base64url(signature);
}

/** The daily client hash of the request's `CF-Connecting-IP`. */
export function clientHashOf(headers: Headers, db: D1Database, secret: string | undefined, now: Date): Promise<string> {
  return clientHash(db, headers.get('cf-connecting-ip') ?? 'unknown', secret, now);
}
