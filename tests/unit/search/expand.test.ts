import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { THRESHOLD, createWordExpander } from '#src/features/search/rules/expand.ts';
import { bigramsOf, createTypoCounter, trigramsOf } from '#src/features/search/rules/text.ts';
import { picker, prng, syntheticCatalogue } from '../../support/synthetic-catalogue.ts';

/**
 * The expansion by its definition, with none of the expander's shortcuts: every word sharing a
 * trigram with the query word (or, for a word the index does not know, a bigram) is a suspect, met
 * in the order of the query's grams' lists; a suspect holding the query word counts 1, one within
 * the typo threshold `1 − typos / length`; a known word is compared only with words sharing at
 * least half as many of its trigrams as it has letters.
 */
function reference(
  words: readonly string[],
  queryWord: string,
  countTypos: (pattern: string, text: string) => number = fuseTypos,
): [number, number][] {
  const length = queryWord.length;
  const isKnown = words.includes(queryWord);
  const maxTypos = length > 31 ? 0 : Math.floor(THRESHOLD * length);
  const grams = [...new Set(trigramsOf(queryWord))];
  const pairs = !isKnown && length > 2 && maxTypos > 0 ? [...new Set(bigramsOf(queryWord))] : [];
  const seen: number[] = [];
  const shared = new Map<number, number>();
  for (const gram of [...grams, ...pairs]) {
    words.forEach((word, id) => {
      if (!` ${word} `.includes(gram) || (gram.length === 2 && !word.includes(gram))) return;
      if (!shared.has(id)) seen.push(id);
      shared.set(id, (shared.get(id) ?? 0) + 1);
    });
  }
  const holding: [number, number][] = [];
  const similar: [number, number][] = [];
  for (const id of seen) {
    const word = words[id]!;
    if (word === queryWord || (length > 1 && word.includes(queryWord))) holding.push([id, 1]);
    else if (maxTypos > 0 && !(isKnown && shared.get(id)! * 2 < length)) {
      const count = countTypos(queryWord, word);
      if (count <= maxTypos) similar.push([id, 1 - count / length]);
    }
  }
  similar.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return [...holding, ...similar.slice(0, isKnown ? 16 : 32)];
}

const typos = createTypoCounter();
let typosPattern = '';
/** The expander's own typo counter (Myers' scan, as Fuse counts them). */
function fuseTypos(pattern: string, text: string): number {
  if (pattern !== typosPattern) typos.use((typosPattern = pattern));
  return typos.count(text, pattern.length);
}

/**
 * Fewest insertions, deletions and substitutions turning `pattern` into some substring of `text`, by the
 * plain table (Sellers): no bits, no early exit, nothing shared with the code under test.
 */
function plainTypos(pattern: string, text: string): number {
  let row = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++)
      next[j] = Math.min(row[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return Math.min(...row);
}

describe('the word expander', () => {
  it('finds, for known words, prefixes, pieces and typos, exactly the words (in the order) the definition does', () => {
    const { words, trigrams } = buildSearchIndex(syntheticCatalogue(400)).candidates;
    const r = picker(prng(5));
    const queries: string[] = [];
    for (let n = 0; n < 60; n++) {
      const word = r.pick(words.filter((w) => w.length >= 4));
      const at = r.int(1, word.length - 2);
      const swapped = word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
      queries.push(
        word,
        word.slice(0, r.int(2, word.length - 1)),
        word.slice(at - 1, at + 2),
        word.slice(0, at) + r.pick([...'aeiou']) + word.slice(at + 1),
        word.slice(0, at) + word.slice(at + 1),
        `${word}s`,
        `x${word.slice(1)}`,
        // A name's spelling variants come one after another, with the same letters.
        swapped,
        swapped.slice(1) + swapped[0]!,
      );
    }
    const expand = createWordExpander(words, trigrams);
    for (const q of queries) expect([...expand(q)], q).toEqual(reference(words, q));
  });

  it('finds typos of words outside ASCII (other scripts, digits) as the definition does', () => {
    const words = [
      'москва',
      'москвич',
      'мостик',
      '東京都',
      '東京',
      '京都',
      'web3',
      'web2',
      'w3c',
      'linkedin',
      'lınkedin',
      'ελλάδα',
    ].sort();
    const trigrams: Record<string, number[]> = {};
    words.forEach((word, id) => {
      for (const gram of new Set(trigramsOf(word))) (trigrams[gram] ??= []).push(id);
    });
    const expand = createWordExpander(words, trigrams);
    for (const q of [
      'моксва',
      'мсоква',
      'москав',
      '京東都',
      '東都京',
      'wbe3',
      'ewb2',
      'lnıkedin',
      'ελάλδα',
      'linkdein',
      'wb3',
    ])
      expect([...expand(q)], q).toEqual(reference(words, q));
    // Not vacuous: the typos find their words.
    expect([...expand('моксва').keys()].map((id) => words[id])).toContain('москва');
    expect([...expand('wb3').keys()].map((id) => words[id])).toContain('web3');
  });

  it('with a least share, finds exactly the words of the full expansion covering at least that share', () => {
    const { words, trigrams } = buildSearchIndex(syntheticCatalogue(400)).candidates;
    const r = picker(prng(9));
    const expand = createWordExpander(words, trigrams);
    let narrower = 0;
    for (let n = 0; n < 50; n++) {
      const word = r.pick(words.filter((w) => w.length >= 4));
      const at = r.int(1, word.length - 2);
      for (const q of [word, word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2), `${word}x`]) {
        const full = reference(words, q);
        // Shares a word of the index can have, and between them: the nearest, as a name's variants are asked.
        for (const least of [0.5, 0.6, 0.75, 0.8, 0.9, 1, Math.max(0, ...full.map(([, share]) => share))]) {
          const wanted = full.filter(([, share]) => share >= least);
          if (wanted.length < full.length) narrower++;
          // Asked with and without the least share in turn: each answer is its own (remembered apart).
          expect(new Map(expand(q, least)), `${q} ${least}`).toEqual(new Map(wanted));
          expect([...expand(q)], q).toEqual(full);
        }
      }
    }
    // Not vacuous: the least share often leaves words out.
    expect(narrower).toBeGreaterThan(100);
  });

  it('over random vocabularies, expands random words (known ones and not) as the plain table counts them', () => {
    // Few letters, so words share many grams and a query word is near many of them: the letter tests, the typos
    // counted as the list fills and the scan's stop past the threshold all run, against a count with no shortcut.
    const letter = fc.constantFrom(...'abcde');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 12 });
    let near = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 150, maxLength: 400 }),
        fc.array(word, { maxLength: 8 }),
        fc.nat(),
        (list, typed, seed) => {
          const words = [...list].sort();
          const trigrams: Record<string, number[]> = {};
          words.forEach((w, id) => {
            for (const gram of new Set(trigramsOf(w))) (trigrams[gram] ??= []).push(id);
          });
          const expand = createWordExpander(words, trigrams);
          // Words of the list too (known words), and some changed by a letter.
          const queries = [...typed, words[seed % words.length]!, `${words[(seed >> 3) % words.length]!}a`];
          for (const q of queries) {
            const wanted = reference(words, q, plainTypos);
            near += wanted.filter(([, share]) => share < 1).length;
            expect([...expand(q)], q).toEqual(wanted);
          }
        },
      ),
      { numRuns: 150 },
    );
    // Not vacuous: many words were found with typos.
    expect(near).toBeGreaterThan(5000);
  }, 60_000);

  it('over thousands of words, expands typos (swapped, dropped, doubled, changed letters) as the plain table counts them', () => {
    // Thousands of words: a typo's bigrams meet most of them, and the 32 nearest of those within the threshold
    // are kept, so the expander's shortcuts (letter tests, the fewer typos counted as the list fills) all run.
    const { words, trigrams } = buildSearchIndex(syntheticCatalogue(1500)).candidates;
    const r = picker(prng(13));
    const long = words.filter((w) => w.length >= 5);
    const queries: string[] = [];
    for (let n = 0; n < 30; n++) {
      const word = r.pick(long);
      const at = r.int(1, word.length - 2);
      const swapped = word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
      queries.push(
        swapped,
        // A name's spelling variants: more swaps of the same letters, one after another.
        swapped[1]! + swapped[0]! + swapped.slice(2),
        word.slice(0, -2) + word.at(-1)! + word.at(-2)!,
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + word[at]! + word.slice(at),
        word.slice(0, at) + r.pick([...'zqxjk']) + word.slice(at + 1),
        `${word.slice(0, 3)}${word.slice(0, 3)}`,
      );
    }
    const expand = createWordExpander(words, trigrams);
    let full = 0;
    for (const q of queries) {
      const wanted = reference(words, q, plainTypos);
      if (wanted.length >= 32) full++;
      expect([...expand(q)], q).toEqual(wanted);
      // As a name's variants are asked: only the words at least as near as the nearest.
      const least = Math.max(0, ...wanted.map(([, share]) => share));
      expect(new Map(expand(q, least)), `${q} ${least}`).toEqual(new Map(wanted.filter(([, share]) => share >= least)));
    }
    // Not vacuous: some typos fill the list of 32 nearest words, where fewer typos are counted as it fills.
    expect(full).toBeGreaterThan(5);
  }, 30_000);
});
