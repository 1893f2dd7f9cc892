/**
 * Moderator authentication: the `ADMIN_TOKEN` secret, sent as
 * `Authorization: Bearer <token>` to the API or pasted into /admin/reviews/.
 * Compared in constant time (both sides hashed to equal length first, then
 * `crypto.subtle.timingSafeEqual`), so response timing says nothing about
 * how much of a guess was right.
 */
import type { MiddlewareHandler } from 'hono';
import { env } from 'cloudflare:workers';
import { Problem } from './problem.ts';
import { clientHashOf } from './client-id.ts';
import { hitRateLimit, retryAfterSeconds, type RateLimitRule } from './rate-limits.ts';

/** Wrong tokens one client may try in {@link ADMIN_FAILURE_WINDOW_MS} before every attempt answers 429. */
export const ADMIN_FAILURES_PER_MINUTE = 10;
export const ADMIN_FAILURE_WINDOW_MS = 60 * 1000;

/** The refusals people read, on the API and the page alike: nothing about local files. */
export const ADMIN_MESSAGES = {
  unconfigured: 'Moderation is switched off on this server: no moderator token has been configured.',
  wrong: 'That moderator token is not right. Check the token you were given and try again.',
  blocked: (seconds: number) =>
    `Too many wrong moderator tokens from your connection. Please wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} before trying again.`,
} as const;

export interface AdminAttemptBindings {
  db: D1Database;
  adminToken: string | undefined;
  /** Keys the client hash the failures are counted under. */
  clientKey: string | undefined;
}

export type AdminAttempt = { check: TokenCheck } | { check: 'blocked'; retryAfterSeconds: number };

function failureRule(client: string): RateLimitRule {
  return { bucket: `admin-fail:${client}`, limit: ADMIN_FAILURES_PER_MINUTE, windowMs: ADMIN_FAILURE_WINDOW_MS };
}

/**
 * A token attempt with its per-client limit: a client that sent
 * {@link ADMIN_FAILURES_PER_MINUTE} wrong tokens in the last minute is refused
 * (`blocked`, with the seconds to wait) before its token is even compared;
 * every wrong token counts as one failure in D1.
 */
export async function checkAdminAttempt(
  headers: Headers,
  presented: string | null | undefined,
  bindings: AdminAttemptBindings,
  now = new Date(),
): Promise<AdminAttempt> {
  if (!bindings.adminToken) return { check: 'unconfigured' };
  if (!presented) return { check: 'missing' };
  const client = await clientHashOf(headers, bindings.db, bindings.clientKey || 'no-client-key', now);
  const rule = failureRule(client);
  const recent = await bindings.db
    .prepare('SELECT count(*) AS n FROM rate_limit_hits WHERE bucket = ?1 AND at > ?2')
    .bind(rule.bucket, now.getTime() - rule.windowMs)
    .first<{ n: number }>();
  if ((recent?.n ?? 0) >= rule.limit)
    return { check: 'blocked', retryAfterSeconds: await retryAfterSeconds(bindings.db, rule, now) };
  const check = await checkAdminToken(presented, bindings.adminToken);
  if (check === 'wrong') await hitRateLimit(bindings.db, rule, now);
  return { check };
}

export type TokenCheck = 'ok' | 'missing' | 'wrong' | 'unconfigured';

// workerd's SubtleCrypto has a native timingSafeEqual; the DOM lib's type, also in scope here, does not know it.
const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

/** Checks a presented token against the configured one. */
export async function checkAdminToken(
  presented: string | null | undefined,
  expected: string | undefined,
): Promise<TokenCheck> {
  if (!expected) return 'unconfigured';
  if (!presented) return 'missing';
  const [a, b] = await Promise.all([digest(presented), digest(expected)]);
  return subtle.timingSafeEqual(a, b) ? 'ok' : 'wrong';
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * Middleware: 401 without a bearer token, 403 with a wrong one, 429 after too
 * many wrong ones from one client, 503 when no token is configured.
 */
export function requireAdmin(expected: () => string | undefined): MiddlewareHandler {
  return async (c, next) => {
    const attempt = await checkAdminAttempt(c.req.raw.headers, bearerToken(c.req.header('authorization')), {
      db: env.DB,
      adminToken: expected(),
      clientKey: env.CLIENT_HASH_KEY,
    });
    if (attempt.check === 'unconfigured') throw new Problem(503, ADMIN_MESSAGES.unconfigured);
    if (attempt.check === 'blocked')
      throw new Problem(429, ADMIN_MESSAGES.blocked(attempt.retryAfterSeconds), {
        headers: { 'retry-after': String(attempt.retryAfterSeconds) },
      });
    if (attempt.check === 'missing') {
      throw new Problem(401, 'Moderation needs the moderator token: send the header "Authorization: Bearer <token>".', {
        headers: { 'www-authenticate': 'Bearer realm="moderation"' },
      });
    }
    if (attempt.check === 'wrong') throw new Problem(403, ADMIN_MESSAGES.wrong);
    c.header('cache-control', 'no-store');
    await next();
  };
}
