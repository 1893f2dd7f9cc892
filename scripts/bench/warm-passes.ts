/**
 * `node --experimental-strip-types --no-warnings scripts/bench/warm-passes.ts [--size=10000] [--passes=4] [--top=40]`:
 * what each of `bench:warm`'s measured queries costs once the index is loaded and the engine warm, as the least of
 * several passes, so that a busy machine's pauses mostly drop out (issue 16). `bench:warm` times each query once;
 * on a shared machine its per-query times move by milliseconds between runs, more than a change is worth.
 *
 * It opens the sharded search in memory (as `bench:warm`), asks every query once so that every file is loaded, then
 * asks as many other distinct queries (fillers) before each pass, so that no cache of the searcher (answers, picks,
 * expansions, rankings) still holds a measured query: each measured ask costs what a first ask on a warm isolate
 * does. It prints, per pass and then for the least of the passes, the sum, p50, p90, p95 and max wall time of the
 * measured queries, overall and per kind of answer, and `--top` slowest queries. The per-pass thread CPU time
 * (`cpu_ms`, the sum over the pass) is less moved by other processes than the wall times.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { COLD_QUERY, WARM_UP_QUERIES, scaleCatalogue, warmQueries } from './scale-queries.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { openShardedSearch, parseSearchFile, searchShardFiles } from '#src/features/search/rules/shards.ts';
import { percentile } from './percentile.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=').slice(1).join('=') || 'true']),
);
const SIZE = Number(args.get('size') ?? 10000);
const PASSES = Number(args.get('passes') ?? 4);
const TOP = Number(args.get('top') ?? 0);
const WARM = 300;

const sites = scaleCatalogue(readCatalogueFiles(join(import.meta.dirname, '../..')), SIZE);
const files = new Map(searchShardFiles(buildSearchIndex(sites), sites));
const sharded = await openShardedSearch((path: string) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no search file ${path}`);
  return Promise.resolve(parseSearchFile(path, text));
});
const ask = (q: string) => sharded.run((index) => searchWithIntent(index, sharded.sites, { q }));

// The queries `bench:warm` measures: its first set after the warm-up, then as many further distinct ones.
const first = warmQueries(sites, WARM);
const asked = new Set(first);
const next = warmQueries(sites, WARM * 3)
  .filter((q) => !asked.has(q))
  .slice(0, WARM);
const measured = [...first.slice(WARM_UP_QUERIES), ...next];
const everyQuery = new Set([COLD_QUERY, ...first, ...next]);
// More fillers than the largest cache (500 answers) holds.
const fillers = warmQueries(sites, WARM * 15)
  .filter((q) => !everyQuery.has(q))
  .slice(0, 700);

const kinds = new Map<string, string>();
for (const q of everyQuery) kinds.set(q, (await ask(q)).intent.kind);

function summary(times: readonly number[]): string {
  return (
    `n=${times.length} sum_ms=${times.reduce((s, t) => s + t, 0).toFixed(0)} p50_ms=${percentile(times, 50).toFixed(2)} ` +
    `p90_ms=${percentile(times, 90).toFixed(2)} p95_ms=${percentile(times, 95).toFixed(2)} max_ms=${Math.max(...times).toFixed(2)}`
  );
}

const least = new Map<string, number>();
for (let pass = 0; pass < PASSES; pass++) {
  for (const q of fillers) await ask(q);
  const cpu = process.threadCpuUsage();
  const times: number[] = [];
  for (const q of measured) {
    const t = performance.now();
    await ask(q);
    const ms = performance.now() - t;
    times.push(ms);
    least.set(q, Math.min(least.get(q) ?? Infinity, ms));
  }
  const used = process.threadCpuUsage(cpu);
  console.log(
    `warm-passes: size=${SIZE} pass=${pass} ${summary(times)} cpu_ms=${((used.user + used.system) / 1000).toFixed(0)}`,
  );
}
const best = measured.map((q) => least.get(q)!);
console.log(`warm-passes: size=${SIZE} least ${summary(best)}`);
for (const [kind, qs] of Map.groupBy(measured, (q) => kinds.get(q)!))
  console.log(`  ${kind}: ${summary(qs.map((q) => least.get(q)!))}`);
for (const q of [...measured].sort((a, b) => least.get(b)! - least.get(a)!).slice(0, TOP))
  console.log(`    ${least.get(q)!.toFixed(2)} ms ${kinds.get(q)} ${JSON.stringify(q)}`);
