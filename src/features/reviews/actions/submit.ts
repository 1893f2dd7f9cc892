/**
 * What happens to a valid review submission, written once for the JSON API and
 * the no-JavaScript form: the spam trap, the per-client limit, the 24-hour
 * duplicate check and the insert. Callers turn the {@link SubmitOutcome} into
 * a status code (API) or a page (form); the `detail` texts are shared.
 */
import { duplicateKey, isTrapped, type ReviewInput } from '../rules/review-rules.ts';
import { insertReviewStatement } from '../queries/reviews.ts';
import { rateLimitStatements, retryAfterSeconds, wasAllowed } from '#src/server/rate-limits.ts';
import { env } from 'cloudflare:workers';
import { clientHashOf, MissingClientKeyError } from '#src/server/client-id.ts';

/** More than this many submissions per client within {@link SUBMISSION_WINDOW_MS} get 429. */
export const SUBMISSIONS_PER_WINDOW = 5;
export const SUBMISSION_WINDOW_MS = 10 * 60 * 1000;
/** The same text for the same site within this period is a duplicate (409). */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Retry-After when Cloudflare's rate-limiting binding refuses (its period). */
export const FIRST_LINE_PERIOD_SECONDS = 60;

export type SubmitOutcome =
  /** 202. `stored` is false for a trapped spam bot, which must not be able to tell. */
  | { kind: 'accepted'; id: string; stored: boolean }
  | { kind: 'rate-limited'; retryAfterSeconds: number; detail: string }
  | { kind: 'duplicate'; detail: string };

export interface Submission {
  siteSlug: string;
  siteName: string;
  review: ReviewInput;
  /** The daily client hash (src/server/client-id.ts). */
  client: string;
  now: Date;
}

async function sha256Hex(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** "7 minutes", "1 minute", "40 seconds". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The message for a refused submission because of too many in a short time. */
export function rateLimitedDetail(retryAfterSeconds: number): string {
  return `You have already sent ${SUBMISSIONS_PER_WINDOW} reviews in the last ${SUBMISSION_WINDOW_MS / 60_000} minutes. Please wait ${waitText(retryAfterSeconds)} before sending another.`;
}

/**
 * Cloudflare's Rate Limiting binding as a cheap first line, before any body
 * parsing or D1 work: true when the request may go on. The binding is
 * approximate and per location, so the D1 limiter stays the authority; an
 * absent binding or a failing call lets the request through.
 */
export async function firstLineAllows(limiter: RateLimit | undefined, client: string): Promise<boolean> {
  if (!limiter) return true;
  try {
    return (await limiter.limit({ key: client })).success;
  } catch {
    return true;
  }
}

/** The message when the first line refuses. */
export const FIRST_LINE_DETAIL = `Too many requests from your connection in the last minute. Please wait ${FIRST_LINE_PERIOD_SECONDS} seconds and try again.`;

/**
 * Who is asking, for the API and the page forms alike: the daily client hash
 * (salted with the random salt of the day from D1),
 * then Cloudflare's rate-limiting binding as a cheap first line. Refusals come
 * back as status, message and headers for the caller to render its own way.
 */
export async function identifyClient(
  headers: Headers,
  /** `db` holds the salts of the day; without it, the Worker's own `DB` binding. */
  bindings: { db?: D1Database; clientKey: string | undefined; limiter: RateLimit | undefined },
  now: Date,
): Promise<
  { ok: true; client: string } | { ok: false; status: 429 | 503; message: string; headers?: Record<string, string> }
> {
  let client: string;
  try {
    client = await clientHashOf(headers, bindings.db ?? env.DB, bindings.clientKey, now);
  } catch (error) {
    if (error instanceof MissingClientKeyError) return { ok: false, status: 503, message: error.message };
    throw error;
  }
  if (!(await firstLineAllows(bindings.limiter, client))) {
    return {
      ok: false,
      status: 429,
      message: FIRST_LINE_DETAIL,
      headers: { 'retry-after': String(FIRST_LINE_PERIOD_SECONDS) },
    };
  }
  return { ok: true, client };
}

/** Stores a valid review unless it is spam, too many, or a duplicate. */
export async function submitReview(db: D1Database, submission: Submission): Promise<SubmitOutcome> {
  const { siteSlug, siteName, review, client, now } = submission;
  const id = crypto.randomUUID();
  if (isTrapped(review)) return { kind: 'accepted', id, stored: false };

  // One batch, one transaction: record the limiter hit if the client has
  // room, and store the review only if the hit was recorded and the text is
  // not a duplicate. A single round trip to D1 in the common case.
  const rule = { bucket: `review:${client}`, limit: SUBMISSIONS_PER_WINDOW, windowMs: SUBMISSION_WINDOW_MS };
  const newReview = {
    id,
    siteSlug,
    rating: review.rating,
    title: review.title,
    body: review.body,
    author: review.author,
    usedFor: review.usedFor ?? null,
    createdAt: now.toISOString(),
    clientHash: client,
    contentHash: await sha256Hex(duplicateKey(siteSlug, review)),
  };
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  const [, hit, stored] = await db.batch([
    ...rateLimitStatements(db, rule, now, id),
    insertReviewStatement(db, newReview, since, { afterHit: id }),
  ]);
  if (!wasAllowed(hit)) {
    const retryAfter = await retryAfterSeconds(db, rule, now);
    return { kind: 'rate-limited', retryAfterSeconds: retryAfter, detail: rateLimitedDetail(retryAfter) };
  }
  if (!stored?.results.length) {
    return {
      kind: 'duplicate',
      detail: `The same review of ${siteName} was already received in the last 24 hours, so it was not stored again. There is nothing more to do.`,
    };
  }
  return { kind: 'accepted', id, stored: true };
}
