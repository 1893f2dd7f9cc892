/**
 * The catalogue filters: by kind and by purpose (sites scoring "good" or
 * better), the order the list shows them in. Used by the list pages and
 * their JSON-LD so both always agree.
 */
import type { SiteEntry } from './entry-file.ts';
import { GOOD_SCORE, type Kind, type Purpose } from './taxonomy.ts';

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
