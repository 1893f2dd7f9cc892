/**
 * `node --experimental-strip-types --no-warnings scripts/bench/probe.ts [file] [--verbose]`:
 * runs a development probe set (default `intents/probe-2026-12-04.json`; the second set is
 * `intents/probe-2026-12-05.json`, pass its path; same entry shape as goals.json, no split) through the three channels and prints nDCG@5 per channel, with the code
 * `bench:intents` uses for both (`goal-channels.ts`). A probe set is for spotting general failures; it is
 * not a benchmark and must not be tuned to.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { askThreeWays, mean, ndcg5, wrongInTop3, type Goal } from './goal-channels.ts';

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const file = fileArg ? resolve(fileArg) : join(import.meta.dirname, 'intents/probe-2026-12-04.json');
const { goals } = JSON.parse(readFileSync(file, 'utf8')) as { goals: Goal[] };
const verbose = process.argv.includes('--verbose');

const sums = { text: [] as number[], quiz: [] as number[], search: [] as number[] };
let wrongTop3 = 0;
let empty = 0;
for (const goal of goals) {
  const { read, text, quiz, search: found } = askThreeWays(goal, sites, index);
  const scores = {
    text: ndcg5(text, goal.relevant),
    quiz: ndcg5(quiz, goal.relevant),
    search: ndcg5(found, goal.relevant),
  };
  sums.text.push(scores.text);
  sums.quiz.push(scores.quiz);
  sums.search.push(scores.search);
  for (const ranked of [text, quiz, found]) wrongTop3 += wrongInTop3(ranked, goal);
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
