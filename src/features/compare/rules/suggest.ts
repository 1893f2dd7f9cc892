/**
 * "Did you mean": the catalogue entries closest to a slug that is not in it,
 * for the compare page's 404 and `GET /api/compare`'s problem detail.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { search, type SearchIndex } from '#src/features/search/rules/search.ts';

/** Largest share of a name's letters that may be mistyped for it to count as a near miss. */
const NEAR = 0.34;
/** Longest part of an unknown slug that is matched; the rest is noise. */
const MAX_QUERY = 60;
/** How many unknown slugs get suggestions; a comparison has at most four columns. */
const MAX_UNKNOWN = 4;

/** A slug as quoted in a message: capped, so a pasted essay stays out of the page. */
export function quoteSlug(slug: string): string {
  return `"${slug.length > MAX_QUERY ? `${slug.slice(0, MAX_QUERY - 1)}…` : slug}"`;
}

/** Finds the entries closest to a (mistyped) slug, best first. */
export type Suggest = (query: string, limit: number) => SiteEntry[];

/** {@link editDistance}'s three rows, grown to the longest word met. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance counting a swap of two neighbours as one edit ("xnig" is one
 * edit from "xing"). With `max`, gives up as soon as the distance must exceed
 * it and returns `max + 1`, which keeps scanning a large catalogue cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  // Each edit changes the length by one at most: words farther apart in length are not compared (a search tests
  // every word of each result's name and tagline against the query's).
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows: the swap looks two rows back. They are reused from call to call (a search calls this for
  // every word of every result it explains, issue 16): only the first row's values are read before being written.
  if (rows[0].length <= b.length) {
    const size = 2 * b.length + 2;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let before = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every alignment passes through row i or row i - 1 (a swap skips one row at most), and costs only grow along it.
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    const oldest = before;
    before = previous;
    previous = row;
    row = oldest;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Lowercased slug, name and aliases of each entry, computed once per catalogue. */
const namesCache = new WeakMap<readonly SiteEntry[], { site: SiteEntry; names: string[] }[]>();

/** Entries whose slug, name or an alias is within about one typo in three letters, closest first. */
function nearMisses(catalogue: readonly SiteEntry[], query: string): SiteEntry[] {
  let named = namesCache.get(catalogue);
  if (!named) {
    named = catalogue.map((site) => ({
      site,
      names: [site.slug, site.name, ...site.aliases].map((n) => n.toLowerCase()),
    }));
    namesCache.set(catalogue, named);
  }
  const found: { site: SiteEntry; distance: number }[] = [];
  for (const { site, names } of named) {
    let distance = 1;
    for (const name of names) {
      const longest = Math.max(query.length, name.length);
      const max = Math.floor(NEAR * longest);
      // Lengths alone rule most names out before the quadratic distance.
      if (Math.abs(query.length - name.length) <= max)
        distance = Math.min(distance, editDistance(query, name, max) / longest);
    }
    if (distance <= NEAR) found.push({ site, distance });
  }
  return found.sort((x, y) => x.distance - y.distance).map((c) => c.site);
}

/**
 * Suggestions for a slug that is not in the catalogue: near misses of slugs,
 * names and aliases first (short slugs like "xnig" defeat fuzzy search),
 * then what the site search finds for it.
 */
export function siteSuggest(catalogue: readonly SiteEntry[], index: SearchIndex): Suggest {
  const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
  return (raw, limit) => {
    const query = raw.slice(0, MAX_QUERY);
    const found = search(index, { q: query.replace(/-/g, ' '), limit }).results.flatMap(
      (r) => bySlug.get(r.slug) ?? [],
    );
    return [...new Set([...nearMisses(catalogue, query), ...found])].slice(0, limit);
  };
}

/** One unknown slug with the entries it most likely meant. */
export interface UnknownSlug {
  slug: string;
  suggestions: SiteEntry[];
}

/** Suggestions for each unknown slug (at most 4 slugs, 3 suggestions each), skipping sites already asked for. */
export function suggestionsFor(unknown: readonly string[], asked: readonly string[], suggest: Suggest): UnknownSlug[] {
  return unknown.slice(0, MAX_UNKNOWN).map((slug) => ({
    slug,
    suggestions: suggest(slug, 6)
      .filter((s) => !asked.includes(s.slug))
      .slice(0, 3),
  }));
}

/** The sentence naming unknown slugs and what they may have meant, for the API's `detail`. */
export function unknownProblem(unknown: readonly UnknownSlug[], total: number): string {
  const parts = unknown.map(
    ({ slug, suggestions }) =>
      `${quoteSlug(slug)} is not in the catalogue${suggestions.length > 0 ? ` (closest: ${suggestions.map((s) => `${s.name} = ${s.slug}`).join(', ')})` : ''}`,
  );
  const more = total - unknown.length;
  return `${parts.join('; ')}${more > 0 ? `; and ${more} more unknown` : ''}. Use slugs as listed at /sites/.`;
}
