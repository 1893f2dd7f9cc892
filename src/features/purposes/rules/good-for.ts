/** What a site is good for, as the purpose map's titles and its table say it. */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { GOOD_SCORE, PURPOSES, keysOf, labelOf } from '#src/catalogue/taxonomy.ts';

/** "professional contacts, jobs and hiring": the purposes a site scores 2 or 3 on, best first. */
export function goodFor(site: Pick<SiteEntry, 'purposes'>): string {
  const labels = keysOf(PURPOSES)
    .filter((p) => site.purposes[p].score >= GOOD_SCORE)
    .sort((a, b) => site.purposes[b].score - site.purposes[a].score)
    .map((p) => labelOf(PURPOSES, p).toLowerCase());
  if (labels.length === 0) return 'no purpose scored good or core';
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
