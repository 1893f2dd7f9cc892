/**
 * `npm run bench:cold -- [--size=10000] [--runs=5] [--keep]`: an isolate's first query, without workerd.
 * Builds the real catalogue plus synthetic entries up to `size` (as `bench:scale` and `bench:names` do),
 * writes the search's files (`searchShardFiles`, as the build does) to a temporary folder, then for each
 * query of `FIRST_QUERIES` starts a fresh Node process (no warm module state, no JIT), opens the files as
 * the Worker does (`openShardedSearch`, each file read and parsed when first asked for) and times the
 * first `searchWithIntent`. Prints one line per query, the medians of `runs` processes:
 *
 *   cold: size=… <kind> p50=… ms cpu=… ms (open … ms, parse … ms, reads …) [intent kinds seen] "<query>"
 *
 * where `p50` is the wall time from opening the index to the answer (what the Worker spends on its first
 * search once its modules are loaded: workerd loads them at start-up), `cpu` the process's CPU time over
 * it (steadier on a busy machine, though it counts the garbage collector's threads too), `open` the part
 * reading `head.json` and `head.bin`, `parse` the time in `JSON.parse` over every file read, `reads` how many files.
 * The queries are fixed, on entries of the real catalogue that every size holds, so that runs at
 * different sizes and versions compare. `--keep` keeps the folder of files (its path goes to stderr).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=').slice(1).join('=') || 'true']),
);

/**
 * The first query of each kind: a name (as `bench:scale` asks first), a comparison, a goal with words of its own
 * (the text match counts), a profession, a country, and only for whom (a constraint, names searched first).
 */
const FIRST_QUERIES: readonly { kind: string; q: string }[] = [
  { kind: 'names', q: 'linkedin' },
  { kind: 'compare', q: 'linkedin vs facebook' },
  { kind: 'recommend', q: 'find investors for my startup' },
  { kind: 'field', q: 'nurses' },
  { kind: 'country', q: 'sites in germany' },
  { kind: 'constraint', q: 'as a woman' },
];

interface ChildResult {
  ms: number;
  /** CPU time of this process over the same span: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  openMs: number;
  parseMs: number;
  reads: number;
  intent: string;
}

if (args.has('child')) {
  const dir = args.get('child')!;
  const q = args.get('q')!;
  const { searchWithIntent } = await import('#src/features/search/rules/intent.ts');
  const { openShardedSearch, parseSearchFile } = await import('#src/features/search/rules/shards.ts');
  let reads = 0;
  let parseMs = 0;
  const read = async (path: string) => {
    reads++;
    const content = path.endsWith('.bin') ? await readFile(join(dir, path)) : await readFile(join(dir, path), 'utf8');
    const t = performance.now();
    const parsed: unknown = parseSearchFile(path, content);
    parseMs += performance.now() - t;
    return parsed;
  };
  const cpu = process.cpuUsage();
  const t = performance.now();
  const sharded = await openShardedSearch(read);
  const openMs = performance.now() - t;
  const answer = await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 }));
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(JSON.stringify({ ms, cpuMs, openMs, parseMs, reads, intent: answer.intent.kind } satisfies ChildResult));
} else {
  const SIZE = Number(args.get('size') ?? 10000);
  const RUNS = Number(args.get('runs') ?? 5);
  const { loadEntries } = await import('#src/catalogue/entry-file.ts');
  const { readCatalogueFiles } = await import('#src/integrations/vite-catalogue.ts');
  const { buildSearchIndex } = await import('#src/features/search/rules/search.ts');
  const { searchShardFiles } = await import('#src/features/search/rules/shards.ts');
  const { syntheticCatalogue } = await import('../../tests/support/synthetic-catalogue.ts');

  const real = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../..')));
  const taken = new Set(real.map((s) => s.slug));
  const sites = [...real, ...syntheticCatalogue(SIZE + 100).filter((s) => !taken.has(s.slug))].slice(
    0,
    Math.max(SIZE, real.length),
  );
  const dir = mkdtempSync(join(tmpdir(), 'networkwise-cold-'));
  const sizes = new Map<string, number>();
  for (const [path, text] of searchShardFiles(buildSearchIndex(sites), sites)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (!path.includes('/')) sizes.set(path, text.length);
  }
  console.error(
    `cold: files under ${dir}: ${[...sizes].map(([path, chars]) => `${path} ${Math.round(chars / 1000)} kB`).join(', ')}`,
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  for (const { kind, q } of FIRST_QUERIES) {
    const runs: ChildResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, import.meta.filename, `--child=${dir}`, `--q=${q}`],
        { encoding: 'utf8' },
      );
      runs.push(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult);
    }
    const p50 = (key: 'ms' | 'cpuMs' | 'openMs' | 'parseMs') => median(runs.map((r) => r[key])).toFixed(1);
    console.log(
      `cold: size=${SIZE} ${kind} p50=${p50('ms')} ms cpu=${p50('cpuMs')} ms (open ${p50('openMs')} ms, parse ${p50('parseMs')} ms, reads ${median(runs.map((r) => r.reads))}) [${[...new Set(runs.map((r) => r.intent))].join(' ')}] ${JSON.stringify(q)}`,
    );
  }
  if (args.has('keep')) console.error(`cold: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
