/**
 * What `bench:intents` and a probe set (`probe.ts`) share: a graded goal, the three ways a visitor asks it
 * (the free-text reader, the quiz's structured answers, the search box) and how a ranking is scored, so that a
 * probe's figures are the benchmark's by construction, not by a copy of its formula.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { normalizeAnswers, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import type { SearchIndex } from '#src/features/search/rules/index-builder.ts';

/** A goal written from public questions and answers, with the sites people recommend and the wrong answers. */
export interface Goal {
  id: string;
  text: string;
  query: string;
  answers: ParsedAnswerFields;
  relevant: { slug: string; grade: 1 | 2 }[];
  wrong: { slug: string; why: string }[];
}

/** nDCG@5 with gains 2^grade − 1. */
export function ndcg5(ranked: readonly string[], relevant: Goal['relevant']): number {
  const grade = new Map(relevant.map((r) => [r.slug, r.grade]));
  const dcg = ranked
    .slice(0, 5)
    .reduce((sum, slug, i) => sum + (2 ** (grade.get(slug) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...relevant.map((r) => r.grade)].sort((a, b) => b - a).slice(0, 5);
  const idcg = ideal.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** How many of a ranking's first three are among the goal's wrong answers. */
export const wrongInTop3 = (ranked: readonly string[], goal: Pick<Goal, 'wrong'>) =>
  ranked.slice(0, 3).filter((s) => goal.wrong.some((w) => w.slug === s)).length;

/** A goal asked the three ways: what the reader read, and the slugs each way ranks (empty when it answers nothing). */
export function askThreeWays(goal: Goal, sites: readonly SiteEntry[], index: SearchIndex) {
  const read = readGoal(goal.text);
  const text = read.answers ? recommend(read.answers, sites).results.map((r) => r.slug) : [];
  const quiz = recommend(normalizeAnswers(goal.answers), sites).results.map((r) => r.slug);
  const search = searchWithIntent(index, sites, { q: goal.query, limit: 10 }).results.map((r) => r.slug);
  return { read, text, quiz, search };
}
