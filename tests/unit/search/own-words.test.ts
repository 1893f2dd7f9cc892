import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import {
  OwnWordIndex,
  buildOwnWordFile,
  ownWordIndex,
  ownWords,
  useOwnWordFile,
  type OwnWordFile,
} from '#src/features/search/rules/own-words.ts';
import { sameWord } from '#src/features/search/rules/text.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import {
  fromIntentSites,
  openShardedSearch,
  parseSearchFile,
  searchShards,
} from '#src/features/search/rules/shards.ts';
import { syntheticCatalogue } from '../../support/synthetic-catalogue.ts';

/**
 * The definition: the positions of the sites with an own word that is a form of `word`, by a pass over every
 * distinct stem (`held`: each stem's sites, in catalogue order).
 */
function holdingByDefinition(held: ReadonlyMap<string, readonly number[]>, word: string): number[] {
  const found = new Set<number>();
  for (const [stem, positions] of held) if (sameWord(stem, word)) for (const k of positions) found.add(k);
  return [...found].sort((a, b) => a - b);
}

/** Each stem of `words` (per site) with the positions of the sites holding it. */
function heldBy(words: readonly (readonly string[])[]): Map<string, number[]> {
  const held = new Map<string, number[]>();
  words.forEach((own, k) => own.forEach((w) => held.set(w, [...(held.get(w) ?? []), k])));
  return held;
}

/** Words to ask for: stems of the catalogue, their beginnings of five letters, a few forms of them; every `step`th. */
function wordsToAsk(stems: readonly string[], step: number): string[] {
  const some = stems.filter((_, k) => k % step === 0);
  return [
    ...some,
    ...some.filter((s) => s.length > 5).map((s) => s.slice(0, 5)),
    ...some.filter((s) => s.length >= 5).flatMap((s) => [`${s}ing`, `${s}ion`, `${s}ations`, s.slice(0, -1)]),
    'zzzzz',
  ];
}

describe("the index of sites' own words", () => {
  it('finds, for any word, exactly the sites one of whose own words is a form of it, once read back from its file', () => {
    for (const catalogue of [sites, syntheticCatalogue(1000)]) {
      const held = heldBy(catalogue.map(ownWords));
      const file = JSON.parse(JSON.stringify(buildOwnWordFile(catalogue))) as OwnWordFile;
      const index = new OwnWordIndex(file);
      const asked = wordsToAsk([...held.keys()], Math.ceil(held.size / 300));
      expect(asked.length).toBeGreaterThan(600);
      for (const word of asked)
        expect(
          [...index.sitesHolding(word)].sort((a, b) => a - b),
          word,
        ).toEqual(holdingByDefinition(held, word));
    }
  });

  it('keeps each stem once, sorted, with one list of sites per stem', () => {
    const file = buildOwnWordFile(sites);
    expect(file.stems).toEqual([...new Set(sites.flatMap(ownWords))].sort());
    expect(file.holders).toHaveLength(file.stems.length);
  });

  it('is made once per list of sites, unless the list comes with the file the build wrote', () => {
    const stored = searchShards(searchIndex, sites).get('sites.json')!;
    const list = fromIntentSites(parseSearchFile('sites.json', stored) as Parameters<typeof fromIntentSites>[0]);
    const made = ownWordIndex(list);
    expect(ownWordIndex(list)).toBe(made);
    const stem = ownWords(list[0]!)[0]!;
    expect(made.sitesHolding(stem).has(0)).toBe(true);
    // What is given is what is read, not made again: an empty file finds nothing.
    const given = fromIntentSites(parseSearchFile('sites.json', stored) as Parameters<typeof fromIntentSites>[0]);
    useOwnWordFile(given, { stems: [], holders: [] });
    expect(ownWordIndex(given).sitesHolding(stem).size).toBe(0);
  });

  it("is read by the Worker from the build's file with the list of sites, and recommendations say the same", async () => {
    const synthetic = syntheticCatalogue(1500);
    const whole = buildSearchIndex(synthetic);
    const files = searchShards(whole, synthetic);
    // A query whose words some sites say in their own words, so the text match counts: a goal, then such a word.
    const said = ownWords(synthetic[700]!).find((w) => w.length >= 5)!;
    const q = `find investors ${said}`;
    const expected = searchWithIntent(whole, synthetic, { q, limit: 10 });
    expect(expected.intent.kind).toBe('recommend');
    expect(expected.results.some((r) => r.why.startsWith('says “'))).toBe(true);
    const read: string[] = [];
    const sharded = await openShardedSearch((path) => {
      read.push(path);
      return Promise.resolve(parseSearchFile(path, files.get(path)!));
    });
    const answer = await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 }));
    expect(read).toContain('own-words.json');
    expect(answer).toEqual(expected);
  });
});
