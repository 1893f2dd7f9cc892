/**
 * Database trouble that passes: D1 busy, locked or overloaded, a reset
 * storage object, a lost connection. The API's one `onError`
 * (functions/index.ts) and the page form handlers answer it with 503 and
 * Retry-After and a plain "try again in a moment", never with the driver's
 * message. Anything else stays a 500 (logged, never shown).
 */

/** Seconds a client should wait before trying again after transient database trouble. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** What a visitor reads when the database is busy (API problem detail and page message alike). */
export const DB_BUSY_MESSAGE = 'The database is busy right now, so nothing was changed. Please try again in a moment.';

const TRANSIENT =
  /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|\bbusy\b|overloaded|too many requests queued|queued for too long|storage (?:operation|object).*reset|Network connection lost|internal error; reference|D1_ERROR: (?:Internal|Network)|SQLITE_CORRUPT|disk image is malformed|file is not a database|SQLITE_IOERR|SQLITE_CANTOPEN/i;

/** True when an error is database trouble worth a 503 and a retry, not a bug. */
export function isTransientDbError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}`;
  return TRANSIENT.test(text);
}

/** The Retry-After header for {@link DB_RETRY_AFTER_SECONDS}. */
export const DB_RETRY_HEADERS: Readonly<Record<string, string>> = { 'retry-after': String(DB_RETRY_AFTER_SECONDS) };
