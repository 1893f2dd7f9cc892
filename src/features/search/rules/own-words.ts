/**
 * Which sites say a word in their own words (name, aliases, tagline): what
 * moves a site up a recommendation when it says what the visitor typed
 * (`textMatch` in `intent.ts`). Made once per catalogue: at build time into
 * the search's `own-words.json` (`shards.ts`), which the Worker reads beside
 * `sites.json` and only parses (issue 16: building it took an isolate's first
 * recommendation 130-150 ms at 10,000 entries); where the sites are inline
 * (build time, development, tests), on first use.
 */
import { packIds, unpackIds, wordId } from './candidate-index.ts';
import { MIN_SHARED_PREFIX, normalizeText, sameWord, stemOf, wordsOf } from './text.ts';
import type { IntentSite } from './intent.ts';
import { perCatalogue } from '#src/shared/per-catalogue.ts';

/** The index as `own-words.json` holds it. */
export interface OwnWordFile {
  /** Every stem some site holds, sorted (by UTF-16 code units, as `<` compares). */
  stems: string[];
  /** Per stem, the catalogue positions of the sites holding it, ascending, packed as text (`packIds`). */
  holders: string[];
}

/** The stems of a site's name, aliases and tagline: what it says it is. */
export function ownWords(site: Pick<IntentSite, 'name' | 'aliases' | 'tagline'>): string[] {
  return [...new Set(wordsOf(normalizeText([site.name, ...site.aliases, site.tagline].join(' '))).map(stemOf))];
}

/** The index of `sites` (in their order), as the build writes it. */
export function buildOwnWordFile(sites: readonly Pick<IntentSite, 'name' | 'aliases' | 'tagline'>[]): OwnWordFile {
  const holders = new Map<string, number[]>();
  sites.forEach((site, k) => {
    for (const word of ownWords(site)) {
      const list = holders.get(word);
      if (list) list.push(k);
      else holders.set(word, [k]);
    }
  });
  const stems = [...holders.keys()].sort();
  return { stems, holders: stems.map((stem) => packIds(holders.get(stem)!)) };
}

/**
 * The stems and which sites hold each, unpacked as queries ask for them. A
 * query word is compared with the stems that may be the same word (the ones
 * sharing its first {@link MIN_SHARED_PREFIX} letters, next to each other in
 * the sorted list), not with every site's.
 */
export class OwnWordIndex {
  readonly #file: OwnWordFile;
  readonly #unpacked = new Map<number, readonly number[]>();
  constructor(file: OwnWordFile) {
    this.#file = file;
  }

  /** The positions of the sites whose own words hold `word` (in any form {@link sameWord} accepts). */
  sitesHolding(word: string): Set<number> {
    const { stems } = this.#file;
    const found = new Set<number>(this.#holders(wordId(stems, word)));
    if (word.length >= MIN_SHARED_PREFIX) {
      const prefix = word.slice(0, MIN_SHARED_PREFIX);
      for (let at = firstAtLeast(stems, prefix); at < stems.length && stems[at]!.startsWith(prefix); at++)
        if (stems[at] !== word && sameWord(stems[at]!, word)) for (const k of this.#holders(at)) found.add(k);
    }
    return found;
  }

  #holders(at: number): readonly number[] {
    if (at < 0) return [];
    let ids = this.#unpacked.get(at);
    if (!ids) this.#unpacked.set(at, (ids = unpackIds(this.#file.holders[at]!)));
    return ids;
  }
}

/** The position of the first of the sorted `stems` that is not before `text`. */
function firstAtLeast(stems: readonly string[], text: string): number {
  let low = 0;
  let high = stems.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (stems[mid]! < text) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Indexes read from the build's file, by the list of sites they were made from. */
const given = new WeakMap<readonly object[], OwnWordIndex>();

/** Says that `file` is the index of `sites` (as read from the build's `own-words.json`), so it is not built again. */
export function useOwnWordFile(sites: readonly IntentSite[], file: OwnWordFile): void {
  given.set(sites, new OwnWordIndex(file));
}

/** The index of `sites`: the build's, where it was given ({@link useOwnWordFile}), else made once per list. */
export function ownWordIndex(sites: readonly IntentSite[]): OwnWordIndex {
  return given.get(sites) ?? perCatalogue(sites, 'search:ownWords', () => new OwnWordIndex(buildOwnWordFile(sites)));
}
