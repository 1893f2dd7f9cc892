/**
 * The catalogue filters: by kind and by purpose (sites scoring "good" or
 * better), the order the list shows them in. Used by the list pages and
 * their JSON-LD so both always agree.
 */
import type { SiteEntry } from './entry-file.ts';
import { GOOD_SCORE, PURPOSES, keysOf, type Kind, type Purpose } from './taxonomy.ts';

export interface SiteFilter {
  kind?: Kind | undefined;
  purpose?: Purpose | undefined;
}

/** Sites matching the filter; with a purpose, strongest first; closed sites last. */
export function filterSites(sites: readonly SiteEntry[], { kind, purpose }: SiteFilter): SiteEntry[] {
  return sites
    .filter((s) => (!kind || s.kind === kind) && (!purpose || s.purposes[purpose].score >= GOOD_SCORE))
    .sort(
      (a, b) =>
        (purpose ? b.purposes[purpose].score - a.purposes[purpose].score : 0) ||
        Number(a.status === 'closed') - Number(b.status === 'closed'),
    );
}

/** A site's purpose scores as a plain map, the shape search documents store. */
export function purposeScores(site: Pick<SiteEntry, 'purposes'>): Record<Purpose, number> {
  return Object.fromEntries(keysOf(PURPOSES).map((p) => [p, site.purposes[p].score])) as Record<Purpose, number>;
}

/** The purposes a site serves (score ≥ 2), core ones first, then in taxonomy order. */
export function servedPurposes(scores: Readonly<Record<Purpose, number>>): Purpose[] {
  return keysOf(PURPOSES)
    .filter((p) => scores[p] >= GOOD_SCORE)
    .sort((a, b) => scores[b] - scores[a]);
}
