import { describe, expect, it } from 'vitest';
import { goalChoices } from '#src/features/search/rules/intent.ts';
import { readGoal } from '#src/features/recommend/index.ts';
import { FIELDS, keysOf, labelOf, PURPOSES } from '#src/catalogue/taxonomy.ts';
import { FIELD_WORDS, PLACE_WORDS, PRIORITY_WORDS, purposeKeywords } from '#src/catalogue/lexicon.ts';
import { prng } from '../../support/synthetic-catalogue.ts';

/** The plain version goalChoices must equal (issue #16): each goal's text read in full, its address built whole. */
function plainGoalChoices(q: string) {
  return keysOf(PURPOSES).flatMap((goal) => {
    const label = labelOf(PURPOSES, goal);
    const said = `${q} ${label.toLowerCase()}`;
    return readGoal(said).answers?.goals[0] === goal
      ? [{ goal, label, href: `/search/?${new URLSearchParams({ q: said })}` }]
      : [];
  });
}

/** Words the reader knows (goals, cues that put a goal first, places, fields), words it does not, and odd characters. */
const VOCABULARY: readonly string[] = [
  ...keysOf(PURPOSES).flatMap((p) => purposeKeywords(p)),
  ...PRIORITY_WORDS,
  ...PLACE_WORDS,
  ...keysOf(FIELDS).flatMap((f) => [FIELDS.get(f)!.label, ...(FIELD_WORDS[f] ?? [])]),
  ...['not', 'no', 'I', 'my', 'need', 'want', 'in', 'Denver', 'and', 'but', 'for', 'other', 'nurses', 'xqzt'],
  ...['!', "'", '(', ')', '*', '~', '&', '+', '=', '%', '#', ',', '.', 'é', 'ß', '中文', '\ud83d', '\ud83d\ude00'],
];

/** `count` queries of one to seven words drawn from the vocabulary, the same at every run. */
function randomQueries(count: number, seed: number): string[] {
  const next = prng(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 7) }, pick).join(next() < 0.8 ? ' ' : ''),
  );
}

describe('goalChoices', () => {
  it('gives exactly what reading each goal’s text in full gives, on random word lists from the lexicon', () => {
    const queries = ['', ' ', 'nurses', 'above all I need clients', 'a b&c', ...randomQueries(400, 16)];
    let kept = 0;
    let dropped = 0;
    for (const q of queries) {
      const plain = plainGoalChoices(q);
      expect(goalChoices(q), q).toEqual(plain);
      kept += plain.length;
      dropped += keysOf(PURPOSES).length - plain.length;
    }
    // Not a vacuous comparison: the readings keep some goals and drop others.
    expect(kept).toBeGreaterThan(100);
    expect(dropped).toBeGreaterThan(100);
  }, 60_000);
});
