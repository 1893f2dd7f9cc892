/**
 * `node --experimental-strip-types --no-warnings scripts/bench/search-gap.ts [files…]`: per goal, the free text's
 * nDCG@5 beside the search box's, for the tune half of `intents/goals.json` and every probe set (never the held-out
 * half), worst gap first, with what search read and listed: where a short query loses what the text finds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { askThreeWays, ndcg5, type Goal } from './goal-channels.ts';

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const dir = join(import.meta.dirname, 'intents');
const sets = [
  {
    name: 'tune',
    goals: (
      JSON.parse(readFileSync(join(dir, 'goals.json'), 'utf8')) as { goals: (Goal & { split: string })[] }
    ).goals.filter((g) => g.split === 'tune'),
  },
  ...readdirSync(dir)
    .filter((f) => f.startsWith('probe-'))
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      goals: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { goals: Goal[] }).goals,
    })),
];
const rows = sets.flatMap(({ name, goals }) =>
  goals.map((goal) => {
    const { text, search } = askThreeWays(goal, sites, index);
    const r = searchWithIntent(index, sites, { q: goal.query, limit: 10 });
    return {
      name,
      goal,
      t: ndcg5(text, goal.relevant),
      s: ndcg5(search, goal.relevant),
      text,
      search,
      intent: r.intent,
    };
  }),
);
/** What was understood, each reading by its value alone. */
const read = (understood: object | undefined) =>
  Object.fromEntries(
    Object.entries(understood ?? {}).map(([k, v]: [string, { value: unknown } | { value: unknown }[]]) => [
      k,
      Array.isArray(v) ? v.map((x) => x.value) : v.value,
    ]),
  );
rows.sort((a, b) => b.t - b.s - (a.t - a.s));
for (const r of rows) {
  console.log(
    `${(r.t - r.s).toFixed(2)} ${r.name} ${r.goal.id} text=${r.t.toFixed(2)} search=${r.s.toFixed(2)} q="${r.goal.query}"`,
  );
  if (process.argv.includes('--verbose')) {
    console.log(`   intent ${r.intent.kind} ${JSON.stringify(read(r.intent.understood))}`);
    console.log(`   answers ${JSON.stringify(r.goal.answers)}`);
    console.log(`   text   ${r.text.slice(0, 5).join(' ')}\n   search ${r.search.slice(0, 5).join(' ')}`);
    console.log(`   graded ${r.goal.relevant.map((x) => `${x.slug}:${x.grade}`).join(' ')}`);
  }
}
