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
 * to tune the rules: report it, don't fit it. `--verbose` prints each goal;
 * `--verbose-tune` prints only the `tune` half's goals, with each channel's
 * nDCG@5, so the rules can be studied without looking at the held-out half.
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
import type { Understood } from '#src/features/recommend/rules/read-goal.ts';
import { readerLine } from './reader-line.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { askThreeWays, mean, ndcg5, wrongInTop3, type Goal as GradedGoal } from './goal-channels.ts';

interface Goal extends GradedGoal {
  split: 'tune' | 'held-out';
}

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const { goals } = JSON.parse(readFileSync(join(import.meta.dirname, 'intents/goals.json'), 'utf8')) as {
  goals: Goal[];
};
const verbose = process.argv.includes('--verbose');
const verboseTune = process.argv.includes('--verbose-tune');

interface Row {
  goal: Goal;
  understood: Understood;
  text: string[];
  quiz: string[];
  search: string[];
}

const rows: Row[] = goals.map((goal) => {
  const { read, text, quiz, search } = askThreeWays(goal, sites, index);
  if (verbose) {
    console.error(`${goal.split} ${goal.id}: read ${JSON.stringify(read.answers)}`);
    console.error(
      `  text   ${text.slice(0, 5).join(' ')}\n  quiz   ${quiz.slice(0, 5).join(' ')}\n  search ${search.slice(0, 5).join(' ')}`,
    );
    console.error(`  wanted ${goal.relevant.map((r) => `${r.slug}:${r.grade}`).join(' ')}`);
  }
  if (verboseTune && goal.split === 'tune') {
    const score = (ranked: string[]) => ndcg5(ranked, goal.relevant).toFixed(2);
    console.error(`${goal.id}: text=${score(text)} quiz=${score(quiz)} search=${score(search)}`);
    console.error(`  read   ${JSON.stringify(read.answers)}`);
    console.error(`  wanted ${JSON.stringify(goal.answers)}`);
    console.error(
      `  text   ${text.slice(0, 5).join(' ')}\n  quiz   ${quiz.slice(0, 5).join(' ')}\n  search ${search.slice(0, 5).join(' ')}`,
    );
    console.error(`  graded ${goal.relevant.map((r) => `${r.slug}:${r.grade}`).join(' ')}`);
  }
  return { goal, understood: read.understood, text, quiz, search };
});

function line(label: string, subset: Row[]): string {
  const fields = [
    `n=${subset.length}`,
    `text_ndcg5=${mean(subset.map((r) => ndcg5(r.text, r.goal.relevant))).toFixed(3)}`,
    `quiz_ndcg5=${mean(subset.map((r) => ndcg5(r.quiz, r.goal.relevant))).toFixed(3)}`,
    `search_ndcg5=${mean(subset.map((r) => ndcg5(r.search, r.goal.relevant))).toFixed(3)}`,
    `p3=${mean(subset.map((r) => (r.search.slice(0, 3).some((s) => r.goal.relevant.some((x) => x.slug === s)) ? 1 : 0))).toFixed(3)}`,
    `wrong_top3=${subset.reduce((n, r) => n + wrongInTop3(r.text, r.goal) + wrongInTop3(r.quiz, r.goal) + wrongInTop3(r.search, r.goal), 0)}`,
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
