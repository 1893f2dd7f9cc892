/**
 * `npm run bench:scale`: what the size of the catalogue costs the deployment.
 * For each size (default 1,000 and 10,000 entries) it copies the repository to
 * a temporary directory, writes a synthetic catalogue there as content files,
 * builds it, serves the build in workerd (`wrangler dev`) and prints one line:
 *
 *   scale: size=1000 worker_kb=… worker_gzip_kb=… build_s=… peak_mb=… files=… cold_query_ms=… p95_ms=…
 *
 * - The catalogue: the real entries of `content/sites/` plus synthetic ones
 *   from `tests/support/synthetic-catalogue.ts` up to the size, serialised as
 *   `content/sites/<slug>.md` (YAML front matter, Markdown body) and validated
 *   with `loadEntries` before the build. Keeping the real entries keeps every
 *   slug the code names (logos, popular sites) valid.
 * - worker_kb / worker_gzip_kb: the Worker bundle, every .js/.mjs file under
 *   `dist/server` (source maps and wrangler.json excluded), in kB of 1,000
 *   bytes; gzip is each file compressed on its own with zlib level 9, which is
 *   close to, not exactly, what Cloudflare counts against its size limit.
 * - build_s: wall time of `astro build` alone (not the copy or the catalogue), run
 *   with the environment the copy's `npm run build` sets (`BUILD_ENV` in its
 *   `scripts/local-env.mjs`, when it has one).
 * - peak_mb: the highest sum of the resident memory (VmRSS) of the build's
 *   whole process tree, polled from /proc every 200 ms; also compared with
 *   `/usr/bin/time -v` (largest single process) when present, the larger one
 *   wins. Summing RSS counts shared pages once per process, so it overstates a
 *   little; a peak shorter than 200 ms can be missed. MB of 1,000,000 bytes.
 * - files: every file under `dist/client`, the static assets a deployment
 *   uploads (Cloudflare's limit is 20,000 files).
 * - cold_query_ms: client-side wall time of the first `GET /api/search` after
 *   a fresh `wrangler dev` answers `/favicon.svg` (a static file, which does
 *   not run the Worker); the median of `--cold-runs` restarts. End to end, so
 *   it includes wrangler's local proxy (see the floor below). Module code
 *   workerd evaluates at start-up is not in it; lazily imported chunks are.
 *   The Worker's own time for that query (below) goes to stderr.
 * - p95_ms: the Worker's own time for `--warm` distinct queries run one after
 *   another (names, prefixes, typos, goal phrases, "a vs b", no-match), after
 *   a few unmeasured ones: the API's `Server-Timing: app;dur=` header, from
 *   its first middleware to its response, measured inside workerd (whose
 *   clock runs while code runs, locally, in whole milliseconds: each time is
 *   ±1 ms). Reading the shards a query needs through the assets binding is
 *   in it; the request's way in and out of workerd is not: here that is
 *   wrangler's proxy, whose cost is not the Worker's (a static file, no
 *   Worker code, takes about 5 ms through it, more than the 3 ms target, so
 *   a client-side figure could never show it). On a loaded machine it also
 *   counts the time workerd waits for a core.
 *   The client-side (end-to-end) p50/p95 goes to stderr beside it, with that
 *   static floor, and both per kind of answer (`intent.kind`: names, compare,
 *   recommend, directory…). Then, on stderr only, the same for as many further
 *   distinct queries: an isolate past its first few hundred, whose code V8 has
 *   optimised by then (p95_ms, the first pass, pays for that tiering).
 * Any non-200 answer is reported on stderr and the exit code is 1.
 *
 * Usage: `npm run bench:scale -- [sizes…] [--real] [--ref=<commit>] [--cold-runs=3]
 * [--warm=300] [--build-timeout-min=60] [--keep]`. Sizes are numbers or comma
 * lists; `--real` measures the real catalogue (printed as its size), alone
 * unless sizes are given too. The copy is of the working tree (uncommitted
 * changes included), or with `--ref` of a commit (`git archive`), e.g.
 * `--ref=HEAD` for a before/after comparison. `--keep` leaves the temporary
 * copies for inspection.
 * Progress goes to stderr, the result lines to stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { copyCommand, freePort, readyCopy } from './repo-copy.ts';
import { COLD_QUERY, WARM_UP_QUERIES, syntheticEntries, toEntryFile, warmQueries } from './scale-queries.ts';
import { percentile } from './percentile.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 180_000;

type Target = number | 'real';

interface Options {
  targets: Target[];
  ref: string | undefined;
  coldRuns: number;
  warm: number;
  buildTimeoutMs: number;
  keep: boolean;
}

interface Result {
  size: number;
  workerKb: number;
  workerGzipKb: number;
  buildS: number;
  peakMb: number;
  files: number;
  coldQueryMs: number;
  p95Ms: number;
}

function log(message: string): void {
  console.error(`scale: ${message}`);
}

/** The 1-minute load average: timings are only comparable on an otherwise idle machine. */
function load(): string {
  return `load ${loadavg()[0]!.toFixed(1)}`;
}

function parseOptions(argv: readonly string[]): Options {
  const flags = new Map(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [key, value] = a.slice(2).split('=');
        return [key!, value ?? 'true'] as const;
      }),
  );
  const known = new Set(['real', 'ref', 'cold-runs', 'warm', 'build-timeout-min', 'keep']);
  for (const key of flags.keys()) if (!known.has(key)) throw new Error(`unknown option --${key}`);
  const sizes = argv
    .filter((a) => !a.startsWith('--'))
    .flatMap((a) => a.split(','))
    .map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('sizes must be positive whole numbers');
  const real = flags.has('real');
  const targets: Target[] = [...(real ? ['real' as const] : []), ...(sizes.length > 0 || real ? sizes : [1000, 10000])];
  return {
    targets,
    ref: flags.get('ref'),
    coldRuns: Number(flags.get('cold-runs') ?? 3),
    warm: Number(flags.get('warm') ?? 300),
    buildTimeoutMs: Number(flags.get('build-timeout-min') ?? 60) * 60_000,
    keep: flags.has('keep'),
  };
}

// ---- Child processes and cleanup ----------------------------------------------------------

const tempDirs = new Set<string>();
const children = new Set<ChildProcess>();
let keepTemp = false;

/** Signals a child's whole process group (every child is started detached, as its own group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already gone.
  }
}

function cleanup(): void {
  for (const child of children) signalGroup(child, 'SIGKILL');
  children.clear();
  for (const dir of tempDirs) {
    if (keepTemp) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  tempDirs.clear();
}

process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping children and removing temporary files`);
    process.exit(130);
  });
}

/** The environment for child tools: no test variables (NODE_ENV=test makes astro emit no server bundle), no telemetry. */
function toolEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };
}

/** Starts a tracked child in its own process group, its output appended to `logFile`. */
function start(
  command: string,
  args: readonly string[],
  cwd: string,
  logFile: string,
  extraEnv: Record<string, string> = {},
): ChildProcess {
  const out = createWriteStream(logFile, { flags: 'a' });
  const env = { ...toolEnv(), ...extraEnv };
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Resolves with the exit code (or the signal's name) once the child has exited. */
function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode!);
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal ?? 'unknown')));
}

/** Stops a child's group politely, then forcefully after 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000);
  await exited(child);
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL'); // anything the leader left behind (workerd)
}

async function run(command: string, args: readonly string[], cwd: string, logFile: string): Promise<void> {
  const code = await exited(start(command, args, cwd, logFile));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}`);
}

function lastLines(file: string, count: number): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n') : '';
}

// ---- The private copy ---------------------------------------------------------------------

/**
 * Copies the repository (sources and content, nothing built) into a new
 * temporary directory: the working tree, or the commit `ref` when given.
 */
async function makeCopy(ref: string | undefined): Promise<{ tmp: string; copy: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'networkwise-scale-'));
  tempDirs.add(tmp);
  const copy = join(tmp, 'repo');
  mkdirSync(copy);
  const [command, args] = copyCommand(ROOT, copy, ref);
  await run(command, args, tmp, join(tmp, 'copy.log'));
  readyCopy(ROOT, copy);
  return { tmp, copy };
}

// ---- The catalogue ------------------------------------------------------------------------

function readEntryFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`content/sites/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Adds synthetic entries to the copy's real ones up to `size`; returns every entry, validated. */
function writeCatalogue(copy: string, size: number): SiteEntry[] {
  const dir = join(copy, 'content/sites');
  const synthetic = syntheticEntries(loadEntries(readEntryFiles(dir)), size);
  for (const entry of synthetic) writeFileSync(join(dir, `${entry.slug}.md`), toEntryFile(entry));
  const entries = loadEntries(readEntryFiles(dir));
  if (entries.length !== size) throw new Error(`wrote ${entries.length} entries, wanted ${size}`);
  return entries;
}

// ---- Build --------------------------------------------------------------------------------

/** Sum of VmRSS (kB) over `rootPid` and all its descendants. */
function treeRssKb(rootPid: number): number {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process exited while we looked.
    }
  }
  let total = 0;
  for (const pid of parentOf.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== rootPid) p = parentOf.get(p);
    if (p !== rootPid) continue;
    try {
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return total;
}

/**
 * The environment the copy's own `npm run build` gives `astro build` (`BUILD_ENV` in its
 * `scripts/local-env.mjs`; none in a commit from before it existed), so `--ref` measures that commit's build.
 */
async function buildEnv(copy: string): Promise<Record<string, string>> {
  const file = join(copy, 'scripts/local-env.mjs');
  if (!existsSync(file)) return {};
  const module = (await import(pathToFileURL(file).href)) as { BUILD_ENV?: Record<string, string> };
  return module.BUILD_ENV ?? {};
}

/** Runs `astro build` in the copy, as `npm run build` does; wall time in seconds and peak memory in MB. */
async function build(copy: string, tmp: string, timeoutMs: number): Promise<{ seconds: number; peakMb: number }> {
  const logFile = join(tmp, 'build.log');
  const timeFile = join(tmp, 'time.txt');
  const astro = [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const env = await buildEnv(copy);
  const withTime = existsSync('/usr/bin/time');
  const began = performance.now();
  const child = withTime
    ? start('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, ...astro], copy, logFile, env)
    : start(process.execPath, astro, copy, logFile, env);
  let peakKb = 0;
  const poll = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid!));
  }, 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    signalGroup(child, 'SIGKILL');
  }, timeoutMs);
  const code = await exited(child);
  const seconds = (performance.now() - began) / 1000;
  clearInterval(poll);
  clearTimeout(timer);
  const peakMb = (peakKb * 1024) / 1e6;
  if (timedOut || code !== 0) {
    const why = timedOut ? `timed out after ${(timeoutMs / 60_000).toFixed(0)} min` : `exited with ${code}`;
    throw new Error(
      `astro build ${why} (${seconds.toFixed(0)} s, peak ${peakMb.toFixed(0)} MB so far); last lines of ${logFile}:\n${lastLines(logFile, 25)}`,
    );
  }
  const timeKb = withTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1])
    : 0;
  log(
    `build: ${seconds.toFixed(1)} s (${load()}); peak RSS of the tree ${peakMb.toFixed(0)} MB, largest process ${((timeKb * 1024) / 1e6).toFixed(0)} MB`,
  );
  return { seconds, peakMb: Math.max(peakMb, (timeKb * 1024) / 1e6) };
}

// ---- What the build produced --------------------------------------------------------------

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** Raw and gzip (level 9, per file) bytes of the Worker's JavaScript. */
function workerSize(copy: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of filesUnder(join(copy, 'dist/server')).filter((f) => /\.m?js$/.test(f))) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

// ---- Queries in workerd -------------------------------------------------------------------

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts `wrangler dev` on the build and waits until it serves a static file. */
async function startWorker(copy: string, tmp: string): Promise<{ child: ChildProcess; base: string }> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const logFile = join(tmp, 'wrangler.log');
  const child = start(
    process.execPath,
    [
      join(copy, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      '--config',
      'dist/server/wrangler.json',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      join(tmp, 'state'),
      '--env-file',
      '.dev.vars',
      '--show-interactive-dev-session=false',
      '--live-reload=false',
    ],
    copy,
    logFile,
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${base}/favicon.svg`);
      await res.arrayBuffer();
      if (res.ok) return { child, base };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stop(child);
  throw new Error(`wrangler dev did not serve /favicon.svg; last lines of ${logFile}:\n${lastLines(logFile, 25)}`);
}

/** The kind of answer a search body gives (`intent.kind`), or `error`. */
const lastKind = new Map<string, string>();

/** A search's time: on the client (request sent to body read) and in the Worker (its `Server-Timing`). */
interface Timing {
  ms: number;
  workerMs: number;
}

/** One search, timed on the client and by the Worker itself. */
async function timedSearch(base: string, q: string, failures: string[]): Promise<Timing> {
  const began = performance.now();
  const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
  const body = await res.text();
  const ms = performance.now() - began;
  if (res.status !== 200) failures.push(`GET /api/search?q=${q}: ${res.status} ${body.slice(0, 200)}`);
  const workerMs = Number(/(?:^|,)\s*app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
  if (Number.isNaN(workerMs)) failures.push(`GET /api/search?q=${q}: no Server-Timing app;dur= header`);
  let kind = 'error';
  try {
    kind = (JSON.parse(body) as { intent?: { kind?: string } }).intent?.kind ?? 'error';
  } catch {
    // Not JSON: counted as an error above.
  }
  lastKind.set(q, kind);
  return { ms, workerMs };
}

/** "p50 … ms, p95 … ms" of a list of times. */
function spread(ms: readonly number[]): string {
  return `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`;
}

/** Warm latencies per kind of answer, one stderr line each: the Worker's own, then end to end. */
function logByKind(queries: readonly string[], times: readonly Timing[]): void {
  const byKind = Map.groupBy(
    times.map((t, k) => ({ ...t, kind: lastKind.get(queries[k]!) ?? 'error' })),
    (t) => t.kind,
  );
  for (const [kind, list] of byKind) {
    log(
      `  ${kind}: ${list.length} queries, in the Worker ${spread(list.map((t) => t.workerMs))}; end to end ${spread(list.map((t) => t.ms))}`,
    );
  }
}

/** Median time of a static file (no Worker code runs): the proxy's share of every query's time. */
async function staticFloorMs(base: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const began = performance.now();
    await (await fetch(`${base}/favicon.svg`)).arrayBuffer();
    times.push(performance.now() - began);
  }
  return percentile(times, 50);
}

/** Cold first query over `coldRuns` fresh workerd processes, then warm latency on the last one. */
async function queryTimes(
  copy: string,
  tmp: string,
  sites: readonly SiteEntry[],
  options: Options,
  failures: string[],
): Promise<{ coldMs: number; p95Ms: number }> {
  const colds: number[] = [];
  const queries = warmQueries(sites, options.warm);
  let p95Ms = Number.NaN;
  for (let run = 1; run <= options.coldRuns; run++) {
    const { child, base } = await startWorker(copy, tmp);
    try {
      const cold = await timedSearch(base, COLD_QUERY, failures);
      colds.push(cold.ms);
      log(
        `cold start ${run}/${options.coldRuns}: first query ${cold.ms.toFixed(1)} ms end to end, ${cold.workerMs.toFixed(1)} ms in the Worker`,
      );
      if (run === options.coldRuns) {
        for (const q of queries.slice(0, WARM_UP_QUERIES)) await timedSearch(base, q, failures);
        const warm: Timing[] = [];
        for (const q of queries.slice(WARM_UP_QUERIES)) warm.push(await timedSearch(base, q, failures));
        const inWorker = warm.map((t) => t.workerMs);
        const endToEnd = warm.map((t) => t.ms);
        p95Ms = percentile(inWorker, 95);
        log(
          `floor: a static file through the same proxy answers in ${(await staticFloorMs(base)).toFixed(1)} ms (p50)`,
        );
        log(
          `warm (${load()}): ${warm.length} queries; in the Worker (p95_ms) ${spread(inWorker)}, max ${Math.max(...inWorker).toFixed(1)} ms; end to end ${spread(endToEnd)}, max ${Math.max(...endToEnd).toFixed(1)} ms`,
        );
        logByKind(queries.slice(WARM_UP_QUERIES), warm);
        // The same number of further distinct queries: an isolate past its first few hundred, its code optimised
        // by V8 (the first pass pays for that tiering). Reported beside p95_ms, never in its place.
        const asked = new Set(queries);
        const later = warmQueries(sites, options.warm * 3)
          .filter((q) => !asked.has(q))
          .slice(0, options.warm);
        const next: Timing[] = [];
        for (const q of later) next.push(await timedSearch(base, q, failures));
        log(
          `warm, the next ${next.length} distinct queries (${load()}): in the Worker ${spread(next.map((t) => t.workerMs))}, max ${Math.max(...next.map((t) => t.workerMs)).toFixed(1)} ms; end to end ${spread(next.map((t) => t.ms))}`,
        );
        logByKind(later, next);
      }
    } finally {
      await stop(child);
    }
  }
  return { coldMs: percentile(colds, 50), p95Ms };
}

// ---- One size -----------------------------------------------------------------------------

/** Cloudflare's limit on one static asset; `wrangler dev` refuses to start with a bigger one. */
const MAX_ASSET_BYTES = 25 * 1024 * 1024;

/**
 * A static file over {@link MAX_ASSET_BYTES} would fail the deployment: it is
 * reported as a failure (exit code 1) and moved out of `dist/client`, so the
 * queries can still be measured.
 */
function setAsideOversized(copy: string, tmp: string, failures: string[]): void {
  const client = join(copy, 'dist/client');
  for (const file of filesUnder(client)) {
    const bytes = statSync(file).size;
    if (bytes <= MAX_ASSET_BYTES) continue;
    const message = `${file.slice(client.length)} is ${(bytes / 1048576).toFixed(1)} MiB, over Cloudflare's 25 MiB per asset: a deployment would fail (set aside to measure the queries)`;
    failures.push(message);
    log(message);
    renameSync(file, join(tmp, `oversized-${failures.length}`));
  }
}

async function measure(target: Target, options: Options, failures: string[]): Promise<Result> {
  const { tmp, copy } = await makeCopy(options.ref);
  try {
    const sites =
      target === 'real' ? loadEntries(readEntryFiles(join(copy, 'content/sites'))) : writeCatalogue(copy, target);
    log(`size=${sites.length}: catalogue ready in ${copy}; building (${load()})`);
    const { seconds, peakMb } = await build(copy, tmp, options.buildTimeoutMs);
    const worker = workerSize(copy);
    const files = filesUnder(join(copy, 'dist/client')).length;
    setAsideOversized(copy, tmp, failures);
    const { coldMs, p95Ms } = await queryTimes(copy, tmp, sites, options, failures);
    return {
      size: sites.length,
      workerKb: Math.round(worker.raw / 1000),
      workerGzipKb: Math.round(worker.gzip / 1000),
      buildS: seconds,
      peakMb,
      files,
      coldQueryMs: coldMs,
      p95Ms,
    };
  } finally {
    if (!keepTemp) {
      rmSync(tmp, { recursive: true, force: true });
      tempDirs.delete(tmp);
    }
  }
}

function formatLine(r: Result): string {
  return (
    `scale: size=${r.size} worker_kb=${r.workerKb} worker_gzip_kb=${r.workerGzipKb} build_s=${r.buildS.toFixed(1)} ` +
    `peak_mb=${Math.round(r.peakMb)} files=${r.files} cold_query_ms=${r.coldQueryMs.toFixed(1)} p95_ms=${r.p95Ms.toFixed(1)}`
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  log(`sources: ${options.ref === undefined ? `the working tree of ${ROOT}` : `commit ${options.ref} (git archive)`}`);
  keepTemp = options.keep;
  let failed = false;
  for (const target of options.targets) {
    const failures: string[] = [];
    const began = performance.now();
    try {
      console.log(formatLine(await measure(target, options, failures)));
    } catch (error) {
      failed = true;
      log(`size=${target}: failed: ${(error as Error).message}`);
    }
    log(`size=${target}: done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
    if (failures.length > 0) {
      failed = true;
      log(`size=${target}: ${failures.length} failed requests:\n${failures.slice(0, 20).join('\n')}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
