/**
 * `npm run bench:cold-workerd -- [--size=10000] [--runs=8] [--ref=<commit>] [--warm=N] [--keep]`: an isolate's first
 * search in workerd, as `bench:scale` measures it (`GET /api/search?q=linkedin` right after a fresh
 * `wrangler dev` serves a static file), without building a catalogue of `size` entries: it builds the real
 * catalogue in a private copy (a couple of minutes, not ten), then puts in place of the copy's search files
 * those of the catalogue `bench:scale` builds at `size` (the real entries plus synthetic ones, `scaleCatalogue`),
 * written by the copy's own code (`searchShardFiles`, as the build writes them). `/api/search` reads nothing else of the catalogue, and the
 * Worker's code does not grow with it, so the first search costs what it would after a build at that size.
 *
 * Each run starts a fresh `wrangler dev` and prints the first search's time end to end, the Worker's own
 * (`Server-Timing: app;dur`), and the CPU time workerd spent on it: every thread of the workerd processes, read
 * from `/proc/<pid>/task/<tid>/schedstat` before and after (the garbage collector's threads and the asset
 * server count; wrangler's proxy, a Node process, does not). CPU time is what a busy machine disturbs least,
 * where the two wall times can double; compare versions with it.
 *
 * With `--ref`, a second copy is made of that commit and the runs alternate between the two (the working tree
 * first, then the ref), so both see the same load. Prints a line per run and the medians:
 *
 *   cold-workerd: <tree|ref> size=… runs=… first p50=… ms, worker p50=… ms, workerd cpu p50=… ms (min …)
 *
 * With `--warm=N` (300 as `bench:scale` asks), each run then asks `bench:scale`'s warm queries on the same isolate
 * (its warm-up, its `N` measured ones, then `N` further distinct ones: `scale-queries.ts`, over the catalogue the
 * search files were written for) and prints, for the first `N` and the next `N`, the p50 and p95 of the Worker's own
 * time (`p95_ms` of `bench:scale` is the first's) and of workerd's CPU per query, and their sums: the warm p95 in
 * workerd, paired with a ref, without a build of `size` entries (issue 16). The medians over the runs follow:
 *
 *   cold-workerd: <tree|ref> size=… runs=… warm first: worker p95=… ms (sum …), workerd cpu p95=… ms (sum …); next: …
 *
 * Linux only (`/proc`). Progress and wrangler's output go to files under the temporary directory (its path on
 * stderr); `--keep` keeps it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyCommand, freePort, readyCopy } from './repo-copy.ts';
import { percentile } from './percentile.ts';
import { WARM_UP_QUERIES, scaleCatalogue, warmQueries } from './scale-queries.ts';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=').slice(1).join('=') || 'true']),
);
const SIZE = Number(args.get('size') ?? 10000);
const RUNS = Number(args.get('runs') ?? 8);
const REF = args.get('ref');
const WARM = Number(args.get('warm') ?? 0);
const ROOT = join(import.meta.dirname, '../..');
const COLD_QUERY = 'linkedin';

const tmp = mkdtempSync(join(tmpdir(), 'networkwise-cold-workerd-'));
console.error(`cold-workerd: working under ${tmp}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** A copy of the working tree (or of `ref`), with its own node_modules caches and `.dev.vars`. */
function makeCopy(name: string, ref: string | undefined): string {
  const copy = join(tmp, name);
  mkdirSync(copy);
  execFileSync(...copyCommand(ROOT, copy, ref));
  readyCopy(ROOT, copy);
  return copy;
}

/** The copy's search files for `SIZE` entries, written by its own code, in place of the real catalogue's. */
const WRITE_SEARCH_FILES = `
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
const { loadEntries } = await import('#src/catalogue/entry-file.ts');
const { readCatalogueFiles } = await import('#src/integrations/vite-catalogue.ts');
const { buildSearchIndex } = await import('#src/features/search/rules/search.ts');
const { searchShardFiles } = await import('#src/features/search/rules/shards.ts');
const { scaleCatalogue } = await import(join(process.cwd(), 'scripts/bench/scale-queries.ts'));
const [size, dir] = [Number(process.argv[1]), process.argv[2]];
const files = readCatalogueFiles(process.cwd());
const sites = scaleCatalogue(files, Math.max(size, loadEntries(files).length));
rmSync(dir, { recursive: true, force: true });
for (const [path, text] of searchShardFiles(buildSearchIndex(sites), sites)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
`;

function prepare(copy: string): void {
  const log = join(copy, 'build.log');
  console.error(`cold-workerd: building ${copy} (log: ${log}, load ${loadavg()[0]!.toFixed(1)})`);
  execFileSync('sh', ['-c', `"$1" scripts/build.mjs > "$2" 2>&1`, 'sh', process.execPath, log], { cwd: copy });
  const dir = join(copy, 'dist/client/_catalogue/search');
  if (!existsSync(join(dir, 'head.json'))) throw new Error(`no search files under ${dir} after the build`);
  execFileSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', WRITE_SEARCH_FILES, String(SIZE), dir],
    { cwd: copy, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

/**
 * The workerd processes of each process group, found once it serves (their threads are read anew each time): a
 * `pgrep` per search took longer than the search on a busy machine (`--warm` asks hundreds).
 */
const workerdPids = new Map<number, string[]>();

/** CPU time (ns) of every thread of the workerd processes in a process group. */
function workerdCpuNs(group: number): number {
  let pids = workerdPids.get(group);
  if (!pids) {
    try {
      pids = execFileSync('pgrep', ['-g', String(group), 'workerd'], { encoding: 'utf8' })
        .trim()
        .split(/\s+/);
    } catch {
      return Number.NaN;
    }
    workerdPids.set(group, pids);
  }
  let ns = 0;
  for (const pid of pids)
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
  return ns;
}

/** One search's times: the Worker's own (`Server-Timing: app;dur`) and workerd's CPU. */
interface Timed {
  workerMs: number;
  cpuMs: number;
}

/** The p50, p95 and sum of a list of times. */
interface Spread {
  p50: number;
  p95: number;
  sum: number;
}

function spreadOf(times: readonly number[]): Spread {
  return { p50: percentile(times, 50), p95: percentile(times, 95), sum: times.reduce((s, t) => s + t, 0) };
}

/** A run's warm queries (`--warm`): the Worker's time and workerd's CPU, for the first `WARM` and the next `WARM`. */
interface Warm {
  first: { worker: Spread; cpu: Spread };
  next: { worker: Spread; cpu: Spread };
}

interface Run extends Timed {
  firstMs: number;
  warm?: Warm;
}

/** `bench:scale`'s warm queries over a copy's catalogue at `SIZE` (the one its search files were written for). */
function warmQueriesOf(copy: string): { warmUp: string[]; first: string[]; next: string[] } {
  const files = readCatalogueFiles(copy);
  const sites = scaleCatalogue(files, Math.max(SIZE, loadEntries(files).length));
  const queries = warmQueries(sites, WARM);
  const asked = new Set(queries);
  const next = warmQueries(sites, WARM * 3)
    .filter((q) => !asked.has(q))
    .slice(0, WARM);
  return { warmUp: queries.slice(0, WARM_UP_QUERIES), first: queries.slice(WARM_UP_QUERIES), next };
}

/** One search on a running workerd (`group`: its process group): the Worker's time and workerd's CPU for it. */
async function timedSearch(base: string, group: number, q: string): Promise<Timed & { firstMs: number }> {
  const cpuBefore = workerdCpuNs(group);
  const began = performance.now();
  const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
  const body = await res.text();
  const firstMs = performance.now() - began;
  const cpuMs = (workerdCpuNs(group) - cpuBefore) / 1e6;
  if (res.status !== 200) throw new Error(`GET /api/search?q=${q}: ${res.status} ${body.slice(0, 200)}`);
  const workerMs = Number(/(?:^|,)\s*app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
  return { firstMs, workerMs, cpuMs };
}

/** The warm queries of a run, asked in order on the isolate the cold query started. */
async function warmRun(base: string, group: number, queries: ReturnType<typeof warmQueriesOf>): Promise<Warm> {
  for (const q of queries.warmUp) await timedSearch(base, group, q);
  const measure = async (list: readonly string[]) => {
    const times: Timed[] = [];
    for (const q of list) times.push(await timedSearch(base, group, q));
    return { worker: spreadOf(times.map((t) => t.workerMs)), cpu: spreadOf(times.map((t) => t.cpuMs)) };
  };
  const first = await measure(queries.first);
  return { first, next: await measure(queries.next) };
}

async function coldRun(copy: string, run: number, queries?: ReturnType<typeof warmQueriesOf>): Promise<Run> {
  const port = await freePort();
  const log = join(copy, `wrangler-${run}.log`);
  const child: ChildProcess = spawn(
    'sh',
    [
      '-c',
      `exec "$1" node_modules/wrangler/bin/wrangler.js dev --config dist/server/wrangler.json --port "$2" --ip 127.0.0.1 --persist-to "$3" --env-file .dev.vars --show-interactive-dev-session=false --live-reload=false > "$4" 2>&1`,
      'sh',
      process.execPath,
      String(port),
      join(tmp, 'state'),
      log,
    ],
    { cwd: copy, detached: true, stdio: 'ignore', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries++) {
      if (tries > 1800) throw new Error(`wrangler dev did not start; see ${log}`);
      try {
        const res = await fetch(`${base}/favicon.svg`);
        await res.arrayBuffer();
        if (res.ok) break;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    // Let start-up work settle, so the CPU counted is the query's.
    await sleep(300);
    const cold = await timedSearch(base, child.pid!, COLD_QUERY);
    return queries ? { ...cold, warm: await warmRun(base, child.pid!, queries) } : cold;
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Gone already.
    }
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    await sleep(200);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Gone.
    }
  }
}

/** "worker p95=… ms (sum …), workerd cpu p95=… ms (sum …)" of one part of a run's warm queries, or of its medians. */
function warmLine(part: { worker: Spread; cpu: Spread }): string {
  const { worker, cpu } = part;
  return (
    `worker p50=${worker.p50.toFixed(1)} p95=${worker.p95.toFixed(1)} ms (sum ${worker.sum.toFixed(0)}), ` +
    `workerd cpu p50=${cpu.p50.toFixed(1)} p95=${cpu.p95.toFixed(1)} ms (sum ${cpu.sum.toFixed(0)})`
  );
}

/** The median over runs of each figure of one part of their warm queries. */
function medianWarm(warms: readonly Warm[], part: keyof Warm): { worker: Spread; cpu: Spread } {
  const of = (key: 'worker' | 'cpu', figure: keyof Spread) => median(warms.map((w) => w[part][key][figure]));
  const spread = (key: 'worker' | 'cpu'): Spread => ({
    p50: of(key, 'p50'),
    p95: of(key, 'p95'),
    sum: of(key, 'sum'),
  });
  return { worker: spread('worker'), cpu: spread('cpu') };
}

const copies: { name: string; copy: string; runs: Run[] }[] = [
  { name: 'tree', copy: makeCopy('tree', undefined), runs: [] },
];
if (REF !== undefined) copies.push({ name: `ref ${REF}`, copy: makeCopy('ref', REF), runs: [] });
try {
  for (const { copy } of copies) prepare(copy);
  const queries = new Map(copies.map(({ copy }) => [copy, WARM > 0 ? warmQueriesOf(copy) : undefined]));
  for (let run = 0; run < RUNS; run++)
    for (const { name, copy, runs } of copies) {
      const r = await coldRun(copy, run, queries.get(copy));
      runs.push(r);
      const load = `load ${loadavg()[0]!.toFixed(1)}`;
      console.error(
        `cold-workerd: ${name} run ${run + 1}/${RUNS}: first ${r.firstMs.toFixed(1)} ms, worker ${r.workerMs} ms, workerd cpu ${r.cpuMs.toFixed(1)} ms (${load})`,
      );
      if (r.warm)
        console.error(
          `cold-workerd: ${name} run ${run + 1}/${RUNS}: warm first ${WARM}: ${warmLine(r.warm.first)}; next ${WARM}: ${warmLine(r.warm.next)}`,
        );
    }
  for (const { name, runs } of copies) {
    console.log(
      `cold-workerd: ${name} size=${SIZE} runs=${runs.length} first p50=${median(runs.map((r) => r.firstMs)).toFixed(1)} ms, worker p50=${median(runs.map((r) => r.workerMs)).toFixed(1)} ms, workerd cpu p50=${median(runs.map((r) => r.cpuMs)).toFixed(1)} ms (min ${Math.min(...runs.map((r) => r.cpuMs)).toFixed(1)})`,
    );
    const warms = runs.flatMap((r) => (r.warm ? [r.warm] : []));
    if (warms.length > 0)
      console.log(
        `cold-workerd: ${name} size=${SIZE} runs=${warms.length} medians, warm first ${WARM}: ${warmLine(medianWarm(warms, 'first'))}; next ${WARM}: ${warmLine(medianWarm(warms, 'next'))}`,
      );
  }
} finally {
  if (!args.has('keep')) rmSync(tmp, { recursive: true, force: true });
  else console.error(`cold-workerd: kept ${tmp}`);
}
