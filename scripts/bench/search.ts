/**
 * `npm run bench:search`: search speed at 1,000 and 10,000 synthetic entries.
 * Runs a fixed mix of exact, prefix, typo, multi-word and no-match queries
 * through the real search module (memoisation off, so every query is cold)
 * and through naive Fuse.js (one `new Fuse` over every entry, same keys and
 * options, same ranking), and prints one line per size:
 *
 *   search-bench: size=10000 p50_ms=… p95_ms=… naive_p95_ms=… speedup=…x top1_agreement=…%
 *
 * `speedup` = naive p95 / ours p95; `top1_agreement` = share of queries whose
 * first result is naive Fuse's first result (both empty counts as agreeing).
 * Details (build time, index size, disagreements, and for reference naive Fuse
 * over only three short keys) go to stderr.
 * Options: `--sizes=1000,10000`, `--queries=150`, `--pool=N` (candidates per query), `--verbose`.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, createSearcher, rankMatches, type SearchIndex } from '#src/features/search/rules/search.ts';
import { FUSE_OPTIONS, toFuseDoc } from '#src/features/search/rules/index-builder.ts';
import { normalizeText } from '#src/features/search/rules/text.ts';
import { syntheticCatalogue, syntheticQueries } from '../../tests/support/synthetic-catalogue.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=')[1] ?? 'true']),
);
const SIZES = (args.get('sizes') ?? '1000,10000').split(',').map(Number);
const QUERY_COUNT = Number(args.get('queries') ?? 150);
const VERBOSE = args.has('verbose');
const POOL = args.has('pool') ? Number(args.get('pool')) : undefined;
/** Timed runs of each query through our module (naive Fuse runs each once: it is slow). */
const REPEATS = 5;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function bench(size: number): void {
  const sites = syntheticCatalogue(size);
  let t = performance.now();
  const built = buildSearchIndex(sites);
  const buildMs = performance.now() - t;
  const json = JSON.stringify(built);
  // Search from the serialised form, as the Worker does.
  t = performance.now();
  const index = JSON.parse(json) as SearchIndex;
  const searcher = createSearcher(index, { cacheSize: 0, ...(POOL ? { pool: POOL } : {}) });
  const loadMs = performance.now() - t;
  const queries = syntheticQueries(sites, QUERY_COUNT);

  for (let pass = 0; pass < 2; pass++) for (const { q } of queries) searcher.search({ q });
  const ours: number[] = [];
  const ourTop = new Map<string, string | undefined>();
  const slowest = new Map<string, number>();
  for (let rep = 0; rep < REPEATS; rep++) {
    for (const { kind, q } of queries) {
      const start = performance.now();
      const answer = searcher.search({ q });
      const ms = performance.now() - start;
      ours.push(ms);
      ourTop.set(q, answer.results[0]?.slug);
      slowest.set(`${kind} "${q}"`, Math.max(ms, slowest.get(`${kind} "${q}"`) ?? 0));
    }
  }
  if (VERBOSE) {
    const top = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 10);
    console.error(`slowest queries:\n${top.map(([q, ms]) => `  ${ms.toFixed(2)} ms ${q}`).join('\n')}`);
  }

  const naive = new Fuse(sites.map(toFuseDoc), FUSE_OPTIONS);
  const naiveTimes: number[] = [];
  let agree = 0;
  const misses: string[] = [];
  for (const { q } of queries.slice(0, 3)) naive.search(normalizeText(q));
  for (const { kind, q } of queries) {
    const start = performance.now();
    const top = rankMatches(naive.search(normalizeText(q)), index.docs)[0];
    naiveTimes.push(performance.now() - start);
    const naiveSlug = top ? index.docs[top.i]!.slug : undefined;
    if (naiveSlug === ourTop.get(q)) agree++;
    else misses.push(`  ${kind} "${q}": ours ${ourTop.get(q) ?? '(none)'}, naive ${naiveSlug ?? '(none)'}`);
  }

  // For reference only (stderr): a smaller baseline, Fuse over three short keys.
  const short = new Fuse(sites.map(toFuseDoc), { ...FUSE_OPTIONS, keys: FUSE_OPTIONS.keys.slice(0, 3) });
  const shortTimes = queries.map(({ q }) => {
    const start = performance.now();
    short.search(normalizeText(q));
    return performance.now() - start;
  });
  shortTimes.sort((a, b) => a - b);

  ours.sort((a, b) => a - b);
  naiveTimes.sort((a, b) => a - b);
  const p50 = percentile(ours, 50);
  const p95 = percentile(ours, 95);
  const naiveP95 = percentile(naiveTimes, 95);
  console.error(
    `size=${size}: index built in ${buildMs.toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB of JSON, loaded in ${loadMs.toFixed(0)} ms; ` +
      `${queries.length} queries × ${REPEATS}; max ${ours.at(-1)!.toFixed(2)} ms; naive p50 ${percentile(naiveTimes, 50).toFixed(1)} ms; ` +
      `naive over 3 short keys (name, aliases, tagline) p95 ${percentile(shortTimes, 95).toFixed(1)} ms`,
  );
  if (VERBOSE || misses.length > queries.length * 0.05) console.error(`top-1 disagreements:\n${misses.join('\n')}`);
  console.log(
    `search-bench: size=${size} p50_ms=${p50.toFixed(3)} p95_ms=${p95.toFixed(3)} naive_p95_ms=${naiveP95.toFixed(1)} ` +
      `speedup=${(naiveP95 / p95).toFixed(1)}x top1_agreement=${((agree / queries.length) * 100).toFixed(1)}%`,
  );
}

for (const size of SIZES) bench(size);
