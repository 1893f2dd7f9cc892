/**
 * `npm run bench:cold-workerd -- [--size=10000] [--runs=8] [--ref=<commit>] [--keep]`: an isolate's first
 * search in workerd, as `bench:scale` measures it (`GET /api/search?q=linkedin` right after a fresh
 * `wrangler dev` serves a static file), without building a catalogue of `size` entries: it builds the real
 * catalogue in a private copy (a couple of minutes, not ten), then puts in place of the copy's search files
 * those of the real catalogue plus synthetic entries up to `size`, written by the copy's own code
 * (`searchShardFiles`, as the build writes them). `/api/search` reads nothing else of the catalogue, and the
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
 * Linux only (`/proc`). Progress and wrangler's output go to files under the temporary directory (its path on
 * stderr); `--keep` keeps it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyCommand, freePort, readyCopy } from './repo-copy.ts';

const args = new Map(
  process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=').slice(1).join('=') || 'true']),
);
const SIZE = Number(args.get('size') ?? 10000);
const RUNS = Number(args.get('runs') ?? 8);
const REF = args.get('ref');
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
const { syntheticCatalogue } = await import(join(process.cwd(), 'tests/support/synthetic-catalogue.ts'));
const [size, dir] = [Number(process.argv[1]), process.argv[2]];
const real = loadEntries(readCatalogueFiles(process.cwd()));
const taken = new Set(real.map((s) => s.slug));
const sites = [...real, ...syntheticCatalogue(size + 100).filter((s) => !taken.has(s.slug))].slice(0, Math.max(size, real.length));
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

/** CPU time (ns) of every thread of the workerd processes in a process group. */
function workerdCpuNs(group: number): number {
  let listed: string;
  try {
    listed = execFileSync('pgrep', ['-g', String(group), 'workerd'], { encoding: 'utf8' });
  } catch {
    return Number.NaN;
  }
  let ns = 0;
  for (const pid of listed.trim().split(/\s+/).filter(Boolean))
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
  return ns;
}

interface Run {
  firstMs: number;
  workerMs: number;
  cpuMs: number;
}

async function coldRun(copy: string, run: number): Promise<Run> {
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
    const cpuBefore = workerdCpuNs(child.pid!);
    const began = performance.now();
    const res = await fetch(`${base}/api/search?q=${COLD_QUERY}`);
    const body = await res.text();
    const firstMs = performance.now() - began;
    const cpuMs = (workerdCpuNs(child.pid!) - cpuBefore) / 1e6;
    if (res.status !== 200) throw new Error(`GET /api/search?q=${COLD_QUERY}: ${res.status} ${body.slice(0, 200)}`);
    const workerMs = Number(/(?:^|,)\s*app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]);
    return { firstMs, workerMs, cpuMs };
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

const copies: { name: string; copy: string; runs: Run[] }[] = [
  { name: 'tree', copy: makeCopy('tree', undefined), runs: [] },
];
if (REF !== undefined) copies.push({ name: `ref ${REF}`, copy: makeCopy('ref', REF), runs: [] });
try {
  for (const { copy } of copies) prepare(copy);
  for (let run = 0; run < RUNS; run++)
    for (const { name, copy, runs } of copies) {
      const r = await coldRun(copy, run);
      runs.push(r);
      console.error(
        `cold-workerd: ${name} run ${run + 1}/${RUNS}: first ${r.firstMs.toFixed(1)} ms, worker ${r.workerMs} ms, workerd cpu ${r.cpuMs.toFixed(1)} ms (load ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  for (const { name, runs } of copies)
    console.log(
      `cold-workerd: ${name} size=${SIZE} runs=${runs.length} first p50=${median(runs.map((r) => r.firstMs)).toFixed(1)} ms, worker p50=${median(runs.map((r) => r.workerMs)).toFixed(1)} ms, workerd cpu p50=${median(runs.map((r) => r.cpuMs)).toFixed(1)} ms (min ${Math.min(...runs.map((r) => r.cpuMs)).toFixed(1)})`,
    );
} finally {
  if (!args.has('keep')) rmSync(tmp, { recursive: true, force: true });
  else console.error(`cold-workerd: kept ${tmp}`);
}
