/**
 * Compare pairs: the two-site comparisons that get their own prerendered page
 * at `/compare/<a>-vs-<b>/`. Only pairs an editor lists as alternatives get a
 * page (every pair of n sites would be n² pages), and each pair has one
 * canonical order, alphabetical by slug, whichever entry lists the other.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';

/** Two sites in canonical (alphabetical) order and the page slug they make. */
export interface ComparePair {
  /** `<a>-vs-<b>`, the path segment under `/compare/`. */
  slug: string;
  sites: readonly [string, string];
}

/** The pair of two slugs in canonical order: `pairOf('xing', 'linkedin')` is `linkedin-vs-xing`. */
export function pairOf(x: string, y: string): ComparePair {
  if (x === y) throw new Error(`A site cannot be compared with itself ("${x}")`);
  const [a, b] = x < y ? [x, y] : [y, x];
  return { slug: `${a}-vs-${b}`, sites: [a, b] };
}

/** Path of a pair's page. */
export function pairPath(pair: ComparePair): string {
  return `/compare/${pair.slug}/`;
}

/**
 * Every pair listed in some entry's `alternatives`, once each (A listing B and
 * B listing A make one pair), sorted by slug. Closed sites take part when
 * listed: "Ecademy vs LinkedIn" is a fair question about history.
 * Throws if two different pairs would share a page slug, which slugs that
 * themselves contain "-vs-" could cause; the build then refuses to guess.
 */
export function listedPairs(entries: readonly SiteEntry[]): ComparePair[] {
  const bySlug = new Map<string, ComparePair>();
  for (const entry of entries) {
    for (const alt of entry.alternatives) {
      if (alt === entry.slug) continue;
      const pair = pairOf(entry.slug, alt);
      const seen = bySlug.get(pair.slug);
      if (seen && (seen.sites[0] !== pair.sites[0] || seen.sites[1] !== pair.sites[1])) {
        throw new Error(
          `Compare pages "${seen.sites.join(' vs ')}" and "${pair.sites.join(' vs ')}" would share the URL /compare/${pair.slug}/: rename one of the slugs`,
        );
      }
      bySlug.set(pair.slug, pair);
    }
  }
  return [...bySlug.values()].sort((p, q) => (p.slug < q.slug ? -1 : p.slug > q.slug ? 1 : 0));
}

/**
 * The listed pairs whose pages are prerendered: those of two prerendered entries (the head of the catalogue,
 * src/catalogue/prerender.ts). A pair with a long-tail entry on either side renders on demand, like that entry's own
 * page, so the build's files grow with the head, not with every pair editors list.
 */
export function prerenderedPairs(pairs: readonly ComparePair[], prerendered: ReadonlySet<string>): ComparePair[] {
  return pairs.filter((p) => prerendered.has(p.sites[0]) && prerendered.has(p.sites[1]));
}

/**
 * What a `/compare/<segment>/` address names, looked up, never split on "-vs-" (`indie-hackers-vs-product-hunt` has
 * hyphens on both sides): a listed pair (`{ pair }`), the canonical address of a listed pair
 * asked for in capitals or the other way round (`{ canonical }`, for a 301: `xing-vs-linkedin`, `LinkedIn-vs-XING`),
 * or nothing (a 404).
 */
export function pairAt(
  pairs: readonly ComparePair[],
  segment: string,
): { pair: ComparePair } | { canonical: string } | undefined {
  const exact = pairs.find((p) => p.slug === segment);
  if (exact) return { pair: exact };
  const asked = segment.toLowerCase();
  const named = pairs.find((p) => p.slug === asked || `${p.sites[1]}-vs-${p.sites[0]}` === asked);
  return named ? { canonical: pairPath(named) } : undefined;
}

/** The listed pair made of exactly these two slugs (any order), if there is one. */
export function listedPairOf(pairs: readonly ComparePair[], slugs: readonly string[]): ComparePair | undefined {
  if (slugs.length !== 2 || slugs[0] === slugs[1]) return undefined;
  const { slug } = pairOf(slugs[0]!, slugs[1]!);
  return pairs.find((p) => p.slug === slug);
}

/** Listed pairs that include one site, ordered by the other site's slug. */
export function pairsWith(pairs: readonly ComparePair[], site: string): { pair: ComparePair; other: string }[] {
  return pairs
    .filter((p) => p.sites.includes(site))
    .map((pair) => ({ pair, other: pair.sites[0] === site ? pair.sites[1] : pair.sites[0] }))
    .sort((x, y) => (x.other < y.other ? -1 : 1));
}

/** How many comparisons a pair's page links to for each of its two sites. */
export const RELATED_PER_SIDE = 12;

/**
 * A site's listed comparisons to link to from a pair's page, at most {@link RELATED_PER_SIDE}: those with the sites
 * `closest` names first (its alternatives, most alike first), then the rest by name. A site most job boards list, like
 * LinkedIn, is in over a hundred pairs, and every one of their pages would otherwise link to all of them.
 */
export function relatedPairs(
  pairs: readonly ComparePair[],
  site: string,
  closest: readonly string[],
): { pair: ComparePair; other: string }[] {
  const rank = new Map(closest.map((slug, i) => [slug, i]));
  return pairsWith(pairs, site)
    .sort((x, y) => (rank.get(x.other) ?? Infinity) - (rank.get(y.other) ?? Infinity))
    .slice(0, RELATED_PER_SIDE);
}
