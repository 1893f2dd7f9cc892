/**
 * How a site's reach reads on a page: the band's words and what was counted
 * ("Tens of millions of monthly active users"), never a precise number.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { REACH_BANDS, labelOf } from '#src/catalogue/taxonomy.ts';

/** "Over a billion monthly active users", "Millions of members (2021)". */
export function reachPhrase(reach: NonNullable<SiteEntry['reach']>, { withYear = true } = {}): string {
  const band = labelOf(REACH_BANDS, reach.band);
  // "Over a billion" already reads as a quantity; the other bands are "<many> of <what>".
  const phrase = reach.band === '1b' ? `${band} ${reach.measure}` : `${band} of ${reach.measure}`;
  return withYear && reach.year !== undefined ? `${phrase} (${reach.year})` : phrase;
}
