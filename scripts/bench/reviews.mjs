#!/usr/bin/env node
/**
 * `npm run bench:reviews`: review write and read load against the built site.
 *
 * Builds the site (skip with --no-build), copies dist/ to a temporary
 * directory (so a rebuild elsewhere cannot change it mid-run), prepares a
 * throwaway local D1 (migrations + seed) and serves the Worker with
 * `wrangler dev` on a free port, exactly as `npm start` does. Then, with
 * autocannon:
 *   1. writes: concurrent POST /api/sites/{slug}/reviews, each from its own
 *      simulated client (CF-Connecting-IP) with its own text, so neither the
 *      limiter nor the duplicate check refuses anything;
 *   2. reads:  GET /api/sites/{slug}/reviews and the on-demand reviews page;
 *   3. mixed:  writes and API reads at the same time.
 * It prints requests/s, p95 latency and non-2xx counts per phase, stops the
 * server, and checks that every acknowledged (202) review is in the database.
 *
 * Options: --no-build, --duration=<s per phase> (10), --connections=<n> (32),
 * --dist=<dir> (use this build instead of ./dist). Exits 1 when a write failed
 * or an acknowledged review is missing.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { root, toolEnv, wrangler, wranglerBin } from '../local-env.mjs';
import { buildSite, serveBuilt } from '../../tests/support/serve-built.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const DURATION = Number(args.duration ?? 10);
const CONNECTIONS = Number(args.connections ?? 32);
const SLUGS = ['linkedin', 'bni', 'meetup', 'xing', 'reddit', 'discord', 'upwork', 'alignable'];
const PURPOSES = ['contacts', 'peer-ideas', 'referrals', 'investors', 'promotion', 'hiring', 'local', 'friends'];
/** The p-th percentile of a list of numbers (nearest rank). */
function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs one autocannon instance and collects per-response latencies. */
function cannon(options) {
  const latencies = [];
  const instance = autocannon({ connections: CONNECTIONS, duration: DURATION, timeout: 10, ...options });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  return new Promise((ok, fail) => {
    instance.on('done', (result) => ok({ result, latencies }));
    instance.on('error', fail);
  });
}

let written = 0;
const acknowledged = [];
/** A POST request definition: every request a new client and a new text. */
function writeRequest(baseUrl) {
  return {
    method: 'POST',
    path: '/api/sites/linkedin/reviews',
    setupRequest(req) {
      const n = written++;
      const slug = SLUGS[n % SLUGS.length];
      req.path = `/api/sites/${slug}/reviews`;
      req.headers = {
        'content-type': 'application/json',
        'cf-connecting-ip': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        origin: baseUrl,
      };
      req.body = JSON.stringify({
        rating: (n % 5) + 1,
        title: `Benchmark review number ${n}`,
        body: `Load test review ${n}: used it for a while, it did what it promised. ${randomBytes(6).toString('hex')}`,
        author: `Bench ${n % 100}`,
        usedFor: PURPOSES[n % PURPOSES.length],
      });
      return req;
    },
    onResponse(status, body) {
      if (status === 202) acknowledged.push(JSON.parse(body).id);
    },
  };
}

function report(name, { result, latencies }, seconds) {
  const ok = result['2xx'];
  return {
    phase: name,
    requests: result.requests.total,
    '2xx/s': Math.round(ok / seconds),
    'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
    'p50 ms': Number(percentile(latencies, 50).toFixed(1)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function main() {
  if (!args['no-build'] && !args.dist) {
    console.log('Building the site…');
    buildSite();
  }
  const temp = mkdtempSync(join(tmpdir(), 'networkwise-bench-'));
  const dist = join(temp, 'dist');
  cpSync(resolve(root, typeof args.dist === 'string' ? args.dist : 'dist'), dist, { recursive: true });
  const site = await serveBuilt({ dist });
  const { baseUrl, state, child: server } = site;
  let failed = false;
  try {
    const versions = execFileSync(process.execPath, [wranglerBin, '--version'], { cwd: root, env: toolEnv() })
      .toString()
      .trim();
    console.log(
      `Serving dist/ with wrangler ${versions} at ${baseUrl}; ${CONNECTIONS} connections, ${DURATION} s per phase.\n`,
    );
    // Warm up the isolate and D1 (not measured).
    await cannon({ url: baseUrl, duration: 2, requests: [{ method: 'GET', path: '/api/sites/linkedin/reviews' }] });

    const rows = [];
    rows.push(
      report('writes (POST review)', await cannon({ url: baseUrl, requests: [writeRequest(baseUrl)] }), DURATION),
    );
    rows.push(
      report(
        'reads (GET API)',
        await cannon({ url: baseUrl, requests: [{ method: 'GET', path: '/api/sites/linkedin/reviews?limit=10' }] }),
        DURATION,
      ),
    );
    rows.push(
      report(
        'reads (reviews page)',
        await cannon({ url: baseUrl, requests: [{ method: 'GET', path: '/sites/linkedin/reviews/' }] }),
        DURATION,
      ),
    );
    const [mixedWrites, mixedReads] = await Promise.all([
      cannon({ url: baseUrl, connections: Math.max(1, CONNECTIONS / 2), requests: [writeRequest(baseUrl)] }),
      cannon({
        url: baseUrl,
        connections: Math.max(1, CONNECTIONS / 2),
        requests: [{ method: 'GET', path: '/api/sites/bni/reviews?limit=10' }],
      }),
    ]);
    rows.push(report('mixed: writes', mixedWrites, DURATION), report('mixed: reads', mixedReads, DURATION));
    console.table(rows);
    const writeRows = rows.filter((r) => r.phase.includes('writes'));
    if (writeRows.some((r) => r.non2xx || r.errors || r.timeouts)) failed = true;
    if (/SQLITE_BUSY/i.test(site.log())) {
      console.log('The server log reports SQLITE_BUSY.');
      failed = true;
    }
    if (server.exitCode !== null || server.signalCode !== null) {
      console.log(`wrangler dev crashed (exit ${server.exitCode ?? server.signalCode}) under load.`);
      failed = true;
    }
  } catch (error) {
    console.error(error, site.log().slice(-4000));
    failed = true;
  } finally {
    await site.stop({ keepState: true });
  }

  // Every acknowledged review must be in the database, exactly once (ids are the primary key).
  const out = wrangler(
    ['d1', 'execute', 'DB', '--local', '--json', '--command', "SELECT id FROM reviews WHERE client_hash != 'seed'"],
    { quiet: true, persistTo: state },
  );
  const stored = new Set(JSON.parse(out.toString())[0].results.map((r) => r.id));
  const missing = acknowledged.filter((id) => !stored.has(id));
  const unique = new Set(acknowledged).size;
  console.log(
    `\nAcknowledged (202): ${acknowledged.length} (${unique} distinct ids); stored: ${stored.size}; acknowledged but missing: ${missing.length}; stored without an acknowledgement: ${stored.size - unique}.`,
  );
  if (missing.length > 0 || unique !== acknowledged.length) failed = true;
  rmSync(temp, { recursive: true, force: true });
  rmSync(state, { recursive: true, force: true });
  console.log(failed ? '\nFAILED: see above.' : '\nOK: no failed writes, every acknowledged review stored.');
  process.exit(failed ? 1 : 0);
}

await main();
