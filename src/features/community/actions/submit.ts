/**
 * What happens to a valid suggestion or correction, written once for the JSON
 * API and the no-JavaScript pages: the spam trap, the per-client limit (shared
 * by suggestions and corrections), duplicate detection and the insert.
 * Callers turn the {@link ContributionOutcome} into a status code (API) or a
 * page (form); the `detail` texts are shared.
 */
import { allSites, type SiteEntry } from '#src/catalogue/index.ts';
import { rateLimitStatements, retryAfterSeconds, wasAllowed } from '#src/server/rate-limits.ts';
import {
  catalogueMatch,
  correctionKey,
  entryFieldLabel,
  isTrapped,
  suggestionKeys,
  type CorrectionInput,
  type SuggestionInput,
} from '../rules/community-rules.ts';
import { insertCorrectionStatement, insertSuggestionStatement } from '../queries/community.ts';

/** More than this many suggestions and corrections per client within {@link CONTRIBUTION_WINDOW_MS} get 429. */
export const CONTRIBUTIONS_PER_WINDOW = 5;
export const CONTRIBUTION_WINDOW_MS = 10 * 60 * 1000;

export type ContributionOutcome =
  /** 202. `stored` is false for a trapped spam bot, which must not be able to tell. */
  | { kind: 'accepted'; id: string; stored: boolean }
  | { kind: 'rate-limited'; retryAfterSeconds: number; detail: string }
  | { kind: 'duplicate'; detail: string };

/** "7 minutes", "1 minute", "40 seconds". */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export function contributionRateLimitedDetail(retryAfter: number): string {
  return `You have already sent ${CONTRIBUTIONS_PER_WINDOW} suggestions or corrections in the last ${CONTRIBUTION_WINDOW_MS / 60_000} minutes. Please wait ${waitText(retryAfter)} before sending another.`;
}

async function limited(
  db: D1Database,
  client: string,
  id: string,
  now: Date,
  insert: D1PreparedStatement,
): Promise<'stored' | 'duplicate' | { retryAfterSeconds: number }> {
  const rule = { bucket: `community:${client}`, limit: CONTRIBUTIONS_PER_WINDOW, windowMs: CONTRIBUTION_WINDOW_MS };
  // One batch, one transaction: the limiter hit, then the insert only if the hit was recorded.
  const [, hit, stored] = await db.batch([...rateLimitStatements(db, rule, now, id), insert]);
  if (!wasAllowed(hit)) return { retryAfterSeconds: await retryAfterSeconds(db, rule, now) };
  return stored?.results.length ? 'stored' : 'duplicate';
}

function rateLimited(retryAfter: number): ContributionOutcome {
  return { kind: 'rate-limited', retryAfterSeconds: retryAfter, detail: contributionRateLimitedDetail(retryAfter) };
}

/** Stores a valid suggestion unless it is spam, too many, already in the catalogue, or already suggested. */
export async function submitSuggestion(
  db: D1Database,
  input: { suggestion: SuggestionInput; client: string; now: Date; sites?: readonly SiteEntry[] },
): Promise<ContributionOutcome> {
  const { suggestion, client, now } = input;
  const id = crypto.randomUUID();
  if (isTrapped(suggestion)) return { kind: 'accepted', id, stored: false };
  const existing = catalogueMatch(input.sites ?? allSites(), suggestion);
  if (existing)
    return {
      kind: 'duplicate',
      detail: `${existing.name} is already in the catalogue, at /sites/${existing.slug}/. If something there is wrong, report it on that page.`,
    };
  const keys = suggestionKeys(suggestion);
  const outcome = await limited(
    db,
    client,
    id,
    now,
    insertSuggestionStatement(
      db,
      {
        id,
        name: suggestion.name,
        url: suggestion.url,
        why: suggestion.why,
        purposes: suggestion.purposes ?? [],
        createdAt: now.toISOString(),
        clientHash: client,
        ...keys,
      },
      { afterHit: id },
    ),
  );
  if (typeof outcome === 'object') return rateLimited(outcome.retryAfterSeconds);
  if (outcome === 'duplicate')
    return {
      kind: 'duplicate',
      detail: `${suggestion.name} (or a site at the same address) has already been suggested and is waiting for, or has passed, a moderator's review, so it was not stored again. There is nothing more to do.`,
    };
  return { kind: 'accepted', id, stored: true };
}

/** Stores a valid correction of a site's entry unless it is spam, too many, or the same report is pending or accepted. */
export async function submitCorrection(
  db: D1Database,
  input: { site: Pick<SiteEntry, 'slug' | 'name'>; correction: CorrectionInput; client: string; now: Date },
): Promise<ContributionOutcome> {
  const { site, correction, client, now } = input;
  const id = crypto.randomUUID();
  if (isTrapped(correction)) return { kind: 'accepted', id, stored: false };
  const outcome = await limited(
    db,
    client,
    id,
    now,
    insertCorrectionStatement(
      db,
      {
        id,
        siteSlug: site.slug,
        field: correction.field,
        correction: correction.correction,
        source: correction.source ?? null,
        createdAt: now.toISOString(),
        clientHash: client,
        contentKey: correctionKey(site.slug, correction),
      },
      { afterHit: id },
    ),
  );
  if (typeof outcome === 'object') return rateLimited(outcome.retryAfterSeconds);
  if (outcome === 'duplicate')
    return {
      kind: 'duplicate',
      detail: `The same correction of “${entryFieldLabel(correction.field)}” for ${site.name} has already been received, so it was not stored again. There is nothing more to do.`,
    };
  return { kind: 'accepted', id, stored: true };
}
