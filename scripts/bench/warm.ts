/**
 * `npm run bench:warm -- [--size=10000] [--warm=300] [--answers=<file>] [--verbose] [--profile=<file>]`: what the queries of
 * `bench:scale` cost the sharded search, counted rather than only timed, in Node (no workerd, no build).
 * Builds the catalogue `bench:scale` builds at `size` (`scale-queries.ts`), makes the search's files in
 * memory (`searchShardFiles`, as the build writes them), opens them as the Worker does (`openShardedSearch`,
 * each file parsed when first read) and asks, on that one open index as on one isolate, the cold query, the
 * warm-up queries and the `warm` measured ones as `GET /api/search` asks them. Per query it counts:
 *
 * - rounds: how many times the query ran (each run after the first follows a round of loading);
 * - files: how many files it read, and bytes: their size (what `JSON.parse` went through);
 * - parse: the time in `JSON.parse`; run: the time its runs took (the search itself, every round); ms: the
 *   whole query's time, loading and parsing included;
 * - cpu: the CPU time this thread spent on the query, loading and parsing included (`process.threadCpuUsage`):
 *   unlike `ms`, it leaves out the time other processes take the CPU from it, which on a shared machine can be
 *   most of `ms` (it still counts the garbage collector's work on this thread).
 *
 * The counts do not depend on the machine's load; the times do, the CPU times much less. It prints, for the
 * measured queries and then for as many further distinct ones (as `bench:scale` does), one line each:
 *
 *   warm: size=… n=… rounds=<sum> max_rounds=… files=<sum> kb=<sum> parse_ms=<sum> run_ms=<sum> total_ms=<sum> p50_ms=… p95_ms=… max_ms=… cpu_ms=<sum> cpu_p50_ms=… cpu_p95_ms=… cpu_max_ms=…
 *
 * and per kind of answer (`intent.kind`) the same on stderr. `--verbose` adds a stderr line for each of the 20
 * slowest queries, with the files it read; `--answers=<file>` writes every answer, to check that a change
 * leaves them all the same (compare two files with `cmp`).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
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
const WARM = Number(args.get('warm') ?? 300);
const VERBOSE = args.has('verbose');

interface Cost {
  q: string;
  kind: string;
  rounds: number;
  files: number;
  bytes: number;
  parseMs: number;
  /** The time the query's runs took (not the loading between them, nor the parsing). */
  askMs: number;
  ms: number;
  /** The thread's CPU time over the whole query. */
  cpuMs: number;
  paths: string[];
}

const sites = scaleCatalogue(readCatalogueFiles(join(import.meta.dirname, '../..')), SIZE);
const files = new Map(searchShardFiles(buildSearchIndex(sites), sites));
console.error(`warm: ${files.size} search files for ${sites.length} entries`);

let current = { files: 0, bytes: 0, parseMs: 0, paths: [] as string[] };
const read = async (path: string): Promise<unknown> => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no search file ${path}`);
  // A file arrives later than the code that asked for it, as through the assets binding.
  await new Promise((resolve) => setImmediate(resolve));
  current.files++;
  current.bytes += text.length;
  current.paths.push(path);
  const t = performance.now();
  const parsed: unknown = parseSearchFile(path, text);
  current.parseMs += performance.now() - t;
  return parsed;
};

const sharded = await openShardedSearch(read);
const answers: unknown[] = [];

async function ask(q: string): Promise<Cost> {
  current = { files: 0, bytes: 0, parseMs: 0, paths: [] };
  let rounds = 0;
  let askMs = 0;
  const cpu = process.threadCpuUsage();
  const t = performance.now();
  const answer = await sharded.run((index) => {
    rounds++;
    const began = performance.now();
    try {
      return searchWithIntent(index, sharded.sites, { q });
    } finally {
      askMs += performance.now() - began;
    }
  });
  const ms = performance.now() - t;
  const used = process.threadCpuUsage(cpu);
  answers.push({ q, answer });
  return { q, kind: answer.intent.kind, rounds, ms, askMs, cpuMs: (used.user + used.system) / 1000, ...current };
}

function summary(costs: readonly Cost[]): string {
  const sum = (key: 'rounds' | 'files' | 'bytes' | 'parseMs' | 'askMs' | 'ms' | 'cpuMs') =>
    costs.reduce((s, c) => s + c[key], 0);
  const ms = costs.map((c) => c.ms);
  const cpu = costs.map((c) => c.cpuMs);
  return (
    `n=${costs.length} rounds=${sum('rounds')} max_rounds=${Math.max(...costs.map((c) => c.rounds))} ` +
    `files=${sum('files')} kb=${Math.round(sum('bytes') / 1000)} parse_ms=${sum('parseMs').toFixed(0)} ` +
    `run_ms=${sum('askMs').toFixed(0)} total_ms=${sum('ms').toFixed(0)} ` +
    `p50_ms=${percentile(ms, 50).toFixed(1)} p95_ms=${percentile(ms, 95).toFixed(1)} max_ms=${Math.max(...ms).toFixed(1)} ` +
    `cpu_ms=${sum('cpuMs').toFixed(0)} cpu_p50_ms=${percentile(cpu, 50).toFixed(1)} cpu_p95_ms=${percentile(cpu, 95).toFixed(1)} ` +
    `cpu_max_ms=${Math.max(...cpu).toFixed(1)}`
  );
}

function report(label: string, costs: readonly Cost[]): void {
  console.log(`warm: size=${SIZE} ${label} ${summary(costs)}`);
  for (const [kind, list] of Map.groupBy(costs, (c) => c.kind)) console.error(`  ${kind}: ${summary(list)}`);
  if (VERBOSE)
    for (const c of [...costs].sort((a, b) => b.ms - a.ms).slice(0, 20))
      console.error(
        `    ${c.ms.toFixed(1)} ms (cpu ${c.cpuMs.toFixed(1)}, runs ${c.askMs.toFixed(1)}) ${c.kind} rounds=${c.rounds} files=${c.files} kb=${(c.bytes / 1000).toFixed(0)} ` +
          `parse=${c.parseMs.toFixed(1)} ${JSON.stringify(c.q)} [${c.paths.map((p) => p.replace(/\.json$/, '')).join(' ')}]`,
      );
}

// `--profile=<file>`: a V8 CPU profile of the queries alone (not of building the files), for Chrome's DevTools.
const session = args.has('profile') ? new Session() : undefined;
const post = (method: string) =>
  new Promise<unknown>((resolve, reject) =>
    session!.post(method, (error, result) => (error ? reject(error) : resolve(result))),
  );
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
const cold = await ask(COLD_QUERY);
console.error(
  `warm: cold query ${JSON.stringify(COLD_QUERY)}: ${cold.ms.toFixed(1)} ms, rounds=${cold.rounds} files=${cold.files}`,
);
const queries = warmQueries(sites, WARM);
for (const q of queries.slice(0, WARM_UP_QUERIES)) await ask(q);
const first: Cost[] = [];
for (const q of queries.slice(WARM_UP_QUERIES)) first.push(await ask(q));
report('first', first);
const asked = new Set(queries);
const later = warmQueries(sites, WARM * 3)
  .filter((q) => !asked.has(q))
  .slice(0, WARM);
const next: Cost[] = [];
for (const q of later) next.push(await ask(q));
report('next', next);
if (session) {
  const { profile } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(args.get('profile')!, JSON.stringify(profile));
}
if (args.has('answers')) writeFileSync(args.get('answers')!, JSON.stringify(answers, null, 1));
