import { describe, expect, it } from 'vitest';
import { createCandidatePicker, nthSmallest, topDocs } from '#src/features/search/rules/candidates.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { prng, syntheticCatalogue, syntheticQueries } from '../../support/synthetic-catalogue.ts';
import { normalizeText } from '#src/features/search/rules/text.ts';

/** The definition: every doc met (a doc still scoring 0 may be met more than once), sorted best first, ties by id. */
function reference(met: Int32Array, scores: Float64Array, max: number): number[] {
  return [...met].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, max);
}

describe('the candidates kept (topDocs)', () => {
  it('are the best `max` docs by score then id, even when thousands tie at the cutoff', () => {
    const random = prng(16);
    for (const [docs, levels, max] of [
      [10_000, 3, 200], // a common word: nearly every doc at one of a few scores
      [10_000, 1, 200], // every doc tied
      [5_000, 40, 200],
      [3_000, 1_000_000, 200], // few ties: the cutoff alone keeps about `max`
      [500, 2, 7],
    ] as const) {
      const scores = new Float64Array(docs);
      const met: number[] = [];
      for (let doc = 0; doc < docs; doc++) {
        if (random() < 0.1) continue; // not met
        // Some docs score 0 and, met on several fields, are listed once per field.
        scores[doc] = random() < 0.05 ? 0 : (1 + Math.floor(random() * levels)) * 0.37;
        met.push(doc);
        if (scores[doc] === 0 && random() < 0.5) met.push(doc);
      }
      // In the order the slots met them, not by id.
      for (let k = met.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [met[k], met[j]] = [met[j]!, met[k]!];
      }
      const list = Int32Array.from(met);
      expect(topDocs(list, scores, max)).toEqual(reference(list, scores, max));
    }
  });
});

describe('nthSmallest', () => {
  it('is the value a sort puts at that place, with ties and runs', () => {
    const random = prng(7);
    for (const [length, levels] of [
      [1, 5],
      [2, 1],
      [50, 3],
      [1000, 1],
      [1000, 7],
      [4000, 1e9],
    ] as const) {
      const values = Float64Array.from({ length }, () => Math.floor(random() * levels) / 3);
      const sorted = values.slice().sort();
      for (const k of [0, length - 1, Math.floor(length / 2), Math.floor(random() * length)])
        expect(nthSmallest(values.slice(), k)).toBe(sorted[k]);
    }
    // Already sorted, and reversed.
    const ascending = Float64Array.from({ length: 3000 }, (_, n) => n);
    expect(nthSmallest(ascending.slice(), 2800)).toBe(2800);
    expect(nthSmallest(ascending.slice().reverse(), 17)).toBe(17);
  });
});

describe('a pick kept (Candidates.kept)', () => {
  it('has the docs, scores and field hits of the pick it copies, after later picks reuse the buffers', () => {
    const catalogue = syntheticCatalogue(400, 3);
    const index = buildSearchIndex(catalogue);
    const { fields } = index.candidates;
    // A field's text as the search reads it (`textOf` in `search.ts`), from the Fuse records.
    const textOf = (slot: number) => {
      const value = index.fuse.records[Math.floor(slot / fields)]?.$?.[slot % fields];
      return Array.isArray(value) ? value.map((item) => item.v) : value?.v;
    };
    const pick = createCandidatePicker(index.candidates, textOf);
    const queries = syntheticQueries(catalogue, 60, 31).map(({ q }) => normalizeText(q));
    const seen = (candidates: ReturnType<typeof pick>) =>
      candidates.docs.map((doc) => Array.from({ length: fields }, (_, field) => candidates.hits(doc, field)));
    let spans = 0;
    for (const [n, q] of queries.entries()) {
      const live = pick(q, 200);
      const wanted = { docs: [...live.docs], scores: [...live.scores], hits: seen(live) };
      const kept = live.kept();
      // Other picks overwrite the buffers the live candidates read.
      pick(queries[(n + 1) % queries.length]!, 200);
      pick(queries[(n + 7) % queries.length]!, 200);
      expect({ docs: kept.docs, scores: kept.scores, hits: seen(kept) }, q).toEqual(wanted);
      spans += wanted.hits.flat().filter((hit) => hit && hit.spans.length > 0).length;
      // A doc that is no candidate has no hits in the copy.
      const other = catalogue.findIndex((_, doc) => !kept.docs.includes(doc));
      expect(kept.hits(other, 0)).toBeUndefined();
    }
    // Not vacuous: long fields (descriptions) were cut to the spans around the words matched.
    expect(spans).toBeGreaterThan(100);
  });
});
