/**
 * D1 queries for suggested sites and reported mistakes. The database is the
 * first argument; SQL as constants with numbered parameters; one row mapper
 * per table. Inserts are single statements that store nothing when the same
 * contribution is already pending or accepted, and (in a batch) only when the
 * rate limiter recorded the hit, so concurrent posts cannot both get in.
 */
import type { Purpose } from '#src/catalogue/index.ts';

export type ContributionStatus = 'pending' | 'accepted' | 'rejected';

export interface Suggestion {
  id: string;
  name: string;
  url: string;
  why: string;
  purposes: Purpose[];
  status: ContributionStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface Correction {
  id: string;
  siteSlug: string;
  field: string;
  correction: string;
  source: string | null;
  status: ContributionStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface NewSuggestion extends Omit<Suggestion, 'status' | 'decidedAt'> {
  clientHash: string;
  urlKey: string;
  nameKey: string;
}

export interface NewCorrection extends Omit<Correction, 'status' | 'decidedAt'> {
  clientHash: string;
  contentKey: string;
}

interface SuggestionRow {
  id: string;
  name: string;
  url: string;
  why: string;
  purposes: string;
  status: ContributionStatus;
  created_at: string;
  decided_at: string | null;
}

interface CorrectionRow {
  id: string;
  site_slug: string;
  field: string;
  correction: string;
  source: string | null;
  status: ContributionStatus;
  created_at: string;
  decided_at: string | null;
}

const SUGGESTION_COLUMNS = 'id, name, url, why, purposes, status, created_at, decided_at';
const CORRECTION_COLUMNS = 'id, site_slug, field, correction, source, status, created_at, decided_at';

function toSuggestion(row: SuggestionRow): Suggestion {
  let purposes: Purpose[];
  try {
    purposes = JSON.parse(row.purposes) as Purpose[];
  } catch {
    purposes = [];
  }
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    why: row.why,
    purposes,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

function toCorrection(row: CorrectionRow): Correction {
  return {
    id: row.id,
    siteSlug: row.site_slug,
    field: row.field,
    correction: row.correction,
    source: row.source,
    status: row.status,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

const INSERT_SUGGESTION = `INSERT INTO suggestions (id, name, url, why, purposes, status, created_at, client_hash, url_key, name_key)
  SELECT ?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8, ?9
  WHERE NOT EXISTS (
      SELECT 1 FROM suggestions WHERE (url_key = ?8 OR name_key = ?9) AND status IN ('pending', 'accepted'))
    AND (?10 IS NULL OR EXISTS (SELECT 1 FROM rate_limit_hits WHERE id = ?10))
  RETURNING id`;

/** Inserts a pending suggestion unless the same site (address or folded name) is pending or accepted; returns a row only when stored. */
export function insertSuggestionStatement(
  db: D1Database,
  s: NewSuggestion,
  options: { afterHit?: string } = {},
): D1PreparedStatement {
  return db
    .prepare(INSERT_SUGGESTION)
    .bind(
      s.id,
      s.name,
      s.url,
      s.why,
      JSON.stringify(s.purposes),
      s.createdAt,
      s.clientHash,
      s.urlKey,
      s.nameKey,
      options.afterHit ?? null,
    );
}

const INSERT_CORRECTION = `INSERT INTO corrections (id, site_slug, field, correction, source, status, created_at, client_hash, content_key)
  SELECT ?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?7, ?8
  WHERE NOT EXISTS (SELECT 1 FROM corrections WHERE content_key = ?8 AND status IN ('pending', 'accepted'))
    AND (?9 IS NULL OR EXISTS (SELECT 1 FROM rate_limit_hits WHERE id = ?9))
  RETURNING id`;

/** Inserts a pending correction unless the same one (site, field, folded text) is pending or accepted. */
export function insertCorrectionStatement(
  db: D1Database,
  c: NewCorrection,
  options: { afterHit?: string } = {},
): D1PreparedStatement {
  return db
    .prepare(INSERT_CORRECTION)
    .bind(
      c.id,
      c.siteSlug,
      c.field,
      c.correction,
      c.source,
      c.createdAt,
      c.clientHash,
      c.contentKey,
      options.afterHit ?? null,
    );
}

const LIST_SUGGESTIONS = `SELECT ${SUGGESTION_COLUMNS} FROM suggestions WHERE status = ?1
  ORDER BY CASE WHEN ?1 = 'pending' THEN created_at END ASC, created_at DESC, id LIMIT ?2`;
const LIST_CORRECTIONS = `SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE status = ?1
  ORDER BY CASE WHEN ?1 = 'pending' THEN created_at END ASC, created_at DESC, id LIMIT ?2`;

/** Suggestions with a status: pending oldest first, the others newest first. */
export async function listSuggestions(
  db: D1Database,
  status: ContributionStatus,
  limit: number,
): Promise<Suggestion[]> {
  const { results } = await db.prepare(LIST_SUGGESTIONS).bind(status, limit).all<SuggestionRow>();
  return results.map(toSuggestion);
}

/** Corrections with a status: pending oldest first, the others newest first. */
export async function listCorrections(
  db: D1Database,
  status: ContributionStatus,
  limit: number,
): Promise<Correction[]> {
  const { results } = await db.prepare(LIST_CORRECTIONS).bind(status, limit).all<CorrectionRow>();
  return results.map(toCorrection);
}

const DECIDE_SUGGESTION = `UPDATE suggestions SET status = ?2, decided_at = ?3 WHERE id = ?1 RETURNING ${SUGGESTION_COLUMNS}`;
const DECIDE_CORRECTION = `UPDATE corrections SET status = ?2, decided_at = ?3 WHERE id = ?1 RETURNING ${CORRECTION_COLUMNS}`;

/** Sets a suggestion's status; null when there is no such suggestion. */
export async function decideSuggestion(
  db: D1Database,
  id: string,
  status: Exclude<ContributionStatus, 'pending'>,
  now: Date,
): Promise<Suggestion | null> {
  const row = await db.prepare(DECIDE_SUGGESTION).bind(id, status, now.toISOString()).first<SuggestionRow>();
  return row ? toSuggestion(row) : null;
}

/** Sets a correction's status; null when there is no such correction. */
export async function decideCorrection(
  db: D1Database,
  id: string,
  status: Exclude<ContributionStatus, 'pending'>,
  now: Date,
): Promise<Correction | null> {
  const row = await db.prepare(DECIDE_CORRECTION).bind(id, status, now.toISOString()).first<CorrectionRow>();
  return row ? toCorrection(row) : null;
}
