/**
 * `npm run bench:intents`: how well Networkwise answers real goals. Reads the
 * graded goals in `scripts/bench/intents/goals.json` (written from public
 * questions and answers, with their sources) and runs each through the three
 * ways a visitor asks: the free-text reader, the quiz's structured answers
 * and the search box. Prints, for all goals and then for each half:
 *
 *   intents: n=48 text_ndcg5=… quiz_ndcg5=… search_ndcg5=… p3=… wrong_top3=… empty=…
 *
 * nDCG@5 uses the grades (2 widely recommended, 1 named by a source); `p3`
 * is the share of goals where search shows a relevant site in its first three;
 * `wrong_top3` counts wrong answers (closed, not available in the country,
 * wrong purpose) in the first three of any of the three; `empty` counts goals
 * where any of the three answered nothing. The `held-out` half is never used
 * to tune the rules: report it, don't fit it. `--verbose` prints each goal.
 *
 * After those lines, how well the free-text reader reads each goal's text,
 * against the goal's structured `answers`, for all goals and each half:
 *
 *   reader: n=48 goals_exact=… goals_jaccard=… first_goal=… field=… country=… audience=… in_person=… budget=… time=…
 *
 * Each figure is the share of goals where the reader's `understood` agrees
 * with the answers (both absent agrees; a value read where the answers have
 * none does not). `goals_exact` compares the goals as a set, `goals_jaccard`
 * is their mean overlap |A∩B|/|A∪B|, `first_goal` compares the most important
 * one. For `in_person`, "either" and absent agree: the recommender treats them
 * alike. A gap between text_ndcg5 and quiz_ndcg5 with these low is the reader's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { normalizeAnswers, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal, type Understood } from '#src/features/recommend/rules/read-goal.ts';
import { readerLine } from './reader-line.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';

interface Goal {
  id: string;
  split: 'tune' | 'held-out';
  text: string;
  query: string;
  answers: ParsedAnswerFields;
  relevant: { slug: string; grade: 1 | 2 }[];
  wrong: { slug: string; why: string }[];
}

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const { goals } = JSON.parse(readFileSync(join(import.meta.dirname, 'intents/goals.json'), 'utf8')) as {
  goals: Goal[];
};
const verbose = process.argv.includes('--verbose');

/** nDCG@5 with gains 2^grade − 1. */
function ndcg5(ranked: readonly string[], relevant: Goal['relevant']): number {
  const grade = new Map(relevant.map((r) => [r.slug, r.grade]));
  const dcg = ranked
    .slice(0, 5)
    .reduce((sum, slug, i) => sum + (2 ** (grade.get(slug) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...relevant.map((r) => r.grade)].sort((a, b) => b - a).slice(0, 5);
  const idcg = ideal.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

interface Row {
  goal: Goal;
  understood: Understood;
  text: string[];
  quiz: string[];
  search: string[];
}

const rows: Row[] = goals.map((goal) => {
  const read = readGoal(goal.text);
  const text = read.answers ? recommend(read.answers, sites).results.map((r) => r.slug) : [];
  const quiz = recommend(normalizeAnswers(goal.answers), sites).results.map((r) => r.slug);
  const found = searchWithIntent(index, sites, { q: goal.query, limit: 10 }).results.map((r) => r.slug);
  if (verbose) {
    console.error(`${goal.split} ${goal.id}: read ${JSON.stringify(read.answers)}`);
    console.error(
      `  text   ${text.slice(0, 5).join(' ')}\n  quiz   ${quiz.slice(0, 5).join(' ')}\n  search ${found.slice(0, 5).join(' ')}`,
    );
    console.error(`  wanted ${goal.relevant.map((r) => `${r.slug}:${r.grade}`).join(' ')}`);
  }
  return { goal, understood: read.understood, text, quiz, search: found };
});

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
function line(label: string, subset: Row[]): string {
  const wrongIn = (ranked: string[], goal: Goal) =>
    ranked.slice(0, 3).filter((s) => goal.wrong.some((w) => w.slug === s)).length;
  const fields = [
    `n=${subset.length}`,
    `text_ndcg5=${mean(subset.map((r) => ndcg5(r.text, r.goal.relevant))).toFixed(3)}`,
    `quiz_ndcg5=${mean(subset.map((r) => ndcg5(r.quiz, r.goal.relevant))).toFixed(3)}`,
    `search_ndcg5=${mean(subset.map((r) => ndcg5(r.search, r.goal.relevant))).toFixed(3)}`,
    `p3=${mean(subset.map((r) => (r.search.slice(0, 3).some((s) => r.goal.relevant.some((x) => x.slug === s)) ? 1 : 0))).toFixed(3)}`,
    `wrong_top3=${subset.reduce((n, r) => n + wrongIn(r.text, r.goal) + wrongIn(r.quiz, r.goal) + wrongIn(r.search, r.goal), 0)}`,
    `empty=${subset.filter((r) => r.text.length === 0 || r.quiz.length === 0 || r.search.length === 0).length}`,
  ];
  return `intents: ${label}${fields.join(' ')}`;
}

console.log(line('', rows));
for (const split of ['tune', 'held-out'] as const)
  console.log(
    line(
      `split=${split} `,
      rows.filter((r) => r.goal.split === split),
    ),
  );

/** The rows as the reader line reads them: what was understood, and the goal's labelled answers. */
const labelled = (subset: Row[]) => subset.map((r) => ({ understood: r.understood, answers: r.goal.answers }));

console.log(readerLine('', labelled(rows)));
for (const split of ['tune', 'held-out'] as const)
  console.log(readerLine(`split=${split} `, labelled(rows.filter((r) => r.goal.split === split))));
