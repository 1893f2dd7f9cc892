/**
 * Moderator authentication: the `ADMIN_TOKEN` secret, sent as
 * `Authorization: Bearer <token>` to the API or pasted into /admin/reviews/.
 * Compared in constant time (both sides hashed to equal length first, then
 * `crypto.subtle.timingSafeEqual`), so response timing says nothing about
 * how much of a guess was right.
 */
import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.ts';

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

/** Middleware: 401 without a bearer token, 403 with a wrong one, 503 when no token is configured. */
export function requireAdmin(expected: () => string | undefined): MiddlewareHandler {
  return async (c, next) => {
    const result = await checkAdminToken(bearerToken(c.req.header('authorization')), expected());
    if (result === 'unconfigured')
      throw new Problem(
        503,
        'Moderation is switched off: the server has no ADMIN_TOKEN secret. Set it with `npx wrangler secret put ADMIN_TOKEN` (locally: .dev.vars).',
      );
    if (result === 'missing') {
      throw new Problem(
        401,
        'Moderation needs the moderator token: send the header "Authorization: Bearer <ADMIN_TOKEN>".',
        {
          headers: { 'www-authenticate': 'Bearer realm="moderation"' },
        },
      );
    }
    if (result === 'wrong')
      throw new Problem(403, 'That moderator token is not right. Check ADMIN_TOKEN (locally it is in .dev.vars).');
    c.header('cache-control', 'no-store');
    await next();
  };
}
