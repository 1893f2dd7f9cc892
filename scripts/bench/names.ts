/**
 * `npm run bench:names -- [--size=10000] [--queries=300] [--typos=N] [--dump=<file>] [--slowest=N] [--check]`:
 * the Worker's warm query path without workerd. Builds the real catalogue plus
 * synthetic entries up to `size` (as `bench:scale` does), writes the search's
 * files in memory (`searchShards`), opens them as the Worker does
 * (`openShardedSearch`, each file parsed from its JSON text when first read)
 * and times `searchWithIntent` for the same kind of query mix `bench:scale`
 * runs (names, prefixes, typos, goal phrases, no-match, "a vs b"), after a few
 * unmeasured ones. Prints the p50/p95 per kind of answer (`intent.kind`) and
 * per kind of query (CPU time), and with `--slowest=N` the slowest queries with
 * the files each read and the time spent parsing them.
 * `--check`: also answers each query over the whole index and says how many
 * answers differ (there should be none).
 */
import { performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex, createSearcher, useSearcher } from '#src/features/search/rules/search.ts';
import {
  openShardedSearch,
  parseSearchFile,
  searchShards,
  SHARDED_TEXT_CHECKS,
} from '#src/features/search/rules/shards.ts';
import { picker, prng, syntheticCatalogue, syntheticQueries } from '../../tests/support/synthetic-catalogue.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=')[1] ?? 'true']),
);
const SIZE = Number(args.get('size') ?? 10000);
const COUNT = Number(args.get('queries') ?? 300);
const CHECK = args.has('check');
/** `--typos=N`: N more queries, names with two letters swapped (and some with another typo besides). */
const TYPOS = Number(args.get('typos') ?? 0);
/** `--dump=<file>`: every answer, by query, as JSON (to compare two versions of the code). */
const DUMP = args.get('dump');
const WARM_UP = 5;

const real = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../..')));
const taken = new Set(real.map((s) => s.slug));
const sites = [...real, ...syntheticCatalogue(SIZE + 100).filter((s) => !taken.has(s.slug))].slice(
  0,
  Math.max(SIZE, real.length),
);
const index = buildSearchIndex(sites);
const files = searchShards(index, sites);
let reads = 0;
let parseMs = 0;
const sharded = await openShardedSearch((path) => {
  reads++;
  const text = files.get(path);
  if (text === undefined) return Promise.reject(new Error(`no file ${path}`));
  const t = performance.now();
  const parsed: unknown = parseSearchFile(path, text);
  parseMs += performance.now() - t;
  return Promise.resolve(parsed);
});

const r = picker(prng(11));
const versus = Array.from({ length: Math.round(COUNT * 0.1) }, () => ({
  kind: 'versus',
  q: `${r.pick(sites).name} vs ${r.pick(sites).name}`,
}));
const t = picker(prng(13));
const swapped = Array.from({ length: TYPOS }, () => {
  let q = t.pick(sites).name.toLowerCase();
  for (let typos = t.int(0, 3) === 0 ? 2 : 1; typos > 0; typos--) {
    const at = t.int(0, Math.max(0, q.length - 2));
    q =
      typos === 2
        ? q.slice(0, at) + t.pick([...'aeiourstn']) + q.slice(at + 1)
        : q.slice(0, at) + q.slice(at + 1, at + 2) + q.slice(at, at + 1) + q.slice(at + 2);
  }
  return { kind: 'swapped', q };
});
const seen = new Set<string>();
const queries = [...versus, ...syntheticQueries(sites, COUNT * 2), ...swapped]
  .filter(({ q }) => !seen.has(q) && seen.add(q))
  .sort((a, b) => hashOf(a.q) - hashOf(b.q))
  .slice(0, COUNT + WARM_UP + TYPOS);

/** FNV-1a, as `bench:scale` orders its queries: the kinds interleaved. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
/** CPU times by kind of answer and of query. */
const byAnswer = new Map<string, number[]>();
const byQuery = new Map<string, number[]>();
const all: number[] = [];
/** CPU time per query (this process, every thread): less sensitive than wall time to other work on the machine. */
const cpuTimes: number[] = [];
const slowest: [number, string, string][] = [];
const answers = new Map<string, unknown>();
for (const [k, { kind, q }] of queries.entries()) {
  reads = 0;
  parseMs = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const answer = await sharded.run((ix) => searchWithIntent(ix, sharded.sites, { q, limit: 10 }));
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  answers.set(q, answer);
  if (k < WARM_UP) continue;
  all.push(ms);
  cpuTimes.push((used.user + used.system) / 1000);
  for (const [map, key] of [
    [byAnswer, answer.intent.kind],
    [byQuery, kind],
  ] as const) {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push((used.user + used.system) / 1000);
  }
  slowest.push([
    (used.user + used.system) / 1000,
    `wall ${ms.toFixed(1)} ${answer.intent.kind}/${kind} reads=${reads} parse=${parseMs.toFixed(1)}`,
    q,
  ]);
}
const line = (times: number[]) =>
  `n=${times.length} p50=${percentile(times, 50).toFixed(2)} p95=${percentile(times, 95).toFixed(2)} max=${Math.max(...times).toFixed(1)}`;
console.log(
  `names-bench: size=${SIZE} all ${line(all)}; cpu p50=${percentile(cpuTimes, 50).toFixed(2)} p95=${percentile(cpuTimes, 95).toFixed(2)}`,
);
for (const [key, times] of byAnswer) console.log(`  answer ${key}: ${line(times)}`);
for (const [key, times] of byQuery) console.log(`  query ${key}: ${line(times)}`);
if (args.has('slowest'))
  for (const [ms, what, q] of slowest.sort((a, b) => b[0] - a[0]).slice(0, Number(args.get('slowest')) || 10))
    console.log(`  ${ms.toFixed(1)} ms ${what} ${JSON.stringify(q)}`);

if (DUMP) writeFileSync(DUMP, JSON.stringify(Object.fromEntries(answers), null, 1));

if (CHECK) {
  const whole = structuredClone(index);
  useSearcher(whole, createSearcher(whole, { textChecks: SHARDED_TEXT_CHECKS }));
  let differ = 0;
  for (const { q } of queries) {
    const expected = searchWithIntent(whole, sites, { q, limit: 10 });
    if (JSON.stringify(expected) !== JSON.stringify(answers.get(q))) {
      differ++;
      if (differ <= 5) console.log(`  differs: ${JSON.stringify(q)}`);
    }
  }
  console.log(`names-bench: check ${queries.length} queries, ${differ} differ from the whole index`);
}
