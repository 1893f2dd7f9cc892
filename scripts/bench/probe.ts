/**
 * `node --experimental-strip-types --no-warnings scripts/bench/probe.ts [file] [--verbose]`:
 * runs a development probe set (default `intents/probe-2026-12-04.json`, same entry shape as
 * goals.json, no split) through the three channels exactly as `bench:intents` does, and prints
 * nDCG@5 per channel with the same formula. A probe set is for spotting general failures; it is
 * not a benchmark and must not be tuned to.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { normalizeAnswers, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';

interface Goal {
  id: string;
  text: string;
  query: string;
  answers: ParsedAnswerFields;
  relevant: { slug: string; grade: 1 | 2 }[];
  wrong: { slug: string; why: string }[];
}

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const file = fileArg ? resolve(fileArg) : join(import.meta.dirname, 'intents/probe-2026-12-04.json');
const { goals } = JSON.parse(readFileSync(file, 'utf8')) as { goals: Goal[] };
const verbose = process.argv.includes('--verbose');

/** nDCG@5 with gains 2^grade − 1, as in bench:intents. */
function ndcg5(ranked: readonly string[], relevant: Goal['relevant']): number {
  const grade = new Map(relevant.map((r) => [r.slug, r.grade]));
  const dcg = ranked
    .slice(0, 5)
    .reduce((sum, slug, i) => sum + (2 ** (grade.get(slug) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...relevant.map((r) => r.grade)].sort((a, b) => b - a).slice(0, 5);
  const idcg = ideal.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const sums = { text: [] as number[], quiz: [] as number[], search: [] as number[] };
let wrongTop3 = 0;
let empty = 0;
for (const goal of goals) {
  const read = readGoal(goal.text);
  const text = read.answers ? recommend(read.answers, sites).results.map((r) => r.slug) : [];
  const quiz = recommend(normalizeAnswers(goal.answers), sites).results.map((r) => r.slug);
  const found = searchWithIntent(index, sites, { q: goal.query, limit: 10 }).results.map((r) => r.slug);
  const scores = {
    text: ndcg5(text, goal.relevant),
    quiz: ndcg5(quiz, goal.relevant),
    search: ndcg5(found, goal.relevant),
  };
  sums.text.push(scores.text);
  sums.quiz.push(scores.quiz);
  sums.search.push(scores.search);
  for (const ranked of [text, quiz, found])
    wrongTop3 += ranked.slice(0, 3).filter((s) => goal.wrong.some((w) => w.slug === s)).length;
  if (text.length === 0 || quiz.length === 0 || found.length === 0) empty++;
  if (verbose) {
    console.error(
      `${goal.id}: text=${scores.text.toFixed(2)} quiz=${scores.quiz.toFixed(2)} search=${scores.search.toFixed(2)}`,
    );
    console.error(`  read   ${JSON.stringify(read.answers)}`);
    console.error(`  wanted ${JSON.stringify(goal.answers)}`);
    console.error(
      `  text   ${text.slice(0, 5).join(' ')}\n  quiz   ${quiz.slice(0, 5).join(' ')}\n  search ${found.slice(0, 5).join(' ')}`,
    );
    console.error(`  graded ${goal.relevant.map((r) => `${r.slug}:${r.grade}`).join(' ')}`);
  }
}
console.log(
  `probe: n=${goals.length} text_ndcg5=${mean(sums.text).toFixed(3)} quiz_ndcg5=${mean(sums.quiz).toFixed(3)} search_ndcg5=${mean(sums.search).toFixed(3)} wrong_top3=${wrongTop3} empty=${empty}`,
);
