/**
 * `node --experimental-strip-types --no-warnings scripts/bench/answers.ts [--size=10000] > answers.txt`: every
 * answer to a fixed list of queries, one JSON line each, so that a change meant only to make search faster can
 * be shown to change no answer (issue 16): run it before and after and diff the files.
 *
 * The queries: the search dev set, the probe sets' search queries, texts and quiz answers, and the tune items
 * of `goals.json` (never the held-out ones), against the real catalogue (search with and without a kind or
 * purpose filter, a limit of 3 and 10, and the reader and the recommender for the probes' texts and answers);
 * then, at `--size` entries (as `bench:warm-passes` builds them), every query `bench:warm-passes` asks (the
 * measured ones, the warm-up and the fillers), through the sharded search and through the whole index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLD_QUERY, scaleCatalogue, warmQueries } from './scale-queries.ts';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { normalizeAnswers, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { buildSearchIndex, search } from '#src/features/search/rules/search.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { openShardedSearch, parseSearchFile, searchShardFiles } from '#src/features/search/rules/shards.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=').slice(1).join('=') || 'true']),
);
const SIZE = Number(args.get('size') ?? 10000);
const WARM = 300;
const root = join(import.meta.dirname, '../..');
const dir = join(import.meta.dirname, 'intents');
const out = (label: string, value: unknown) => console.log(`${label}\t${JSON.stringify(value)}`);

interface Item {
  text?: string;
  query?: string;
  answers?: ParsedAnswerFields;
  split?: string;
}
const items: Item[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.startsWith('probe-') && f.endsWith('.json'))
  .sort())
  items.push(...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as { goals: Item[] }).goals);
// Tune items only: the held-out ones are neither read nor asked.
items.push(
  ...(JSON.parse(readFileSync(join(dir, 'goals.json'), 'utf8')) as { goals: Item[] }).goals.filter(
    (g) => g.split === 'tune',
  ),
);
const devQueries = (JSON.parse(readFileSync(join(dir, 'search-dev.json'), 'utf8')) as { queries: { q: string }[] })
  .queries;

const files = readCatalogueFiles(root);
const real = loadEntries(files);
const realIndex = buildSearchIndex(real);
const texts = [
  ...devQueries.map((d) => d.q),
  ...items.flatMap((g) => [g.query, g.text].filter((t): t is string => typeof t === 'string')),
];
for (const q of texts) {
  for (const limit of [3, 10]) out(`real intent ${limit}`, searchWithIntent(realIndex, real, { q, limit }));
  out('real intent business', searchWithIntent(realIndex, real, { q, kind: 'business' }));
  out('real intent referrals', searchWithIntent(realIndex, real, { q, purpose: 'referrals' }));
  out('real search', search(realIndex, { q, limit: 50 }));
}
for (const g of items) {
  if (g.text !== undefined) {
    const read = readGoal(g.text);
    out('real read', read);
    if (read.answers) out('real recommend text', recommend(read.answers, real));
  }
  if (g.answers) out('real recommend quiz', recommend(normalizeAnswers(g.answers), real));
}

const sites = scaleCatalogue(files, SIZE);
const first = warmQueries(sites, WARM);
const asked = new Set(first);
const next = warmQueries(sites, WARM * 3)
  .filter((q) => !asked.has(q))
  .slice(0, WARM);
const everyQuery = new Set([COLD_QUERY, ...first, ...next]);
const fillers = warmQueries(sites, WARM * 15)
  .filter((q) => !everyQuery.has(q))
  .slice(0, 700);
const queries = [COLD_QUERY, ...first, ...next, ...fillers];
const index = buildSearchIndex(sites);
const shardFiles = new Map(searchShardFiles(index, sites));
const sharded = await openShardedSearch((path: string) => {
  const text = shardFiles.get(path);
  if (text === undefined) throw new Error(`no search file ${path}`);
  return Promise.resolve(parseSearchFile(path, text));
});
for (const q of queries) out(`${SIZE} sharded`, await sharded.run((i) => searchWithIntent(i, sharded.sites, { q })));
for (const q of queries) out(`${SIZE} whole`, searchWithIntent(index, sites, { q }));
