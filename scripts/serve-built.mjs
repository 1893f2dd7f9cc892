/**
 * Starts the built Worker with `wrangler dev` on a free port against a fresh
 * local D1 (migrations + seed) in a temporary folder, the way `npm start`
 * serves it. Used by the benchmarks and the durability check.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
const wranglerBin = join(root, 'node_modules/wrangler/bin/wrangler.js');

/** The environment for child tools, without Vitest's variables (they make `astro build` emit no server). */
export function toolEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };
}

export function buildSite() {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'pipe', env: toolEnv() });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Applies migrations and the seed to the D1 persisted under `state`. */
export function prepareState(state, { seed = true } = {}) {
  const run = (args) => execFileSync(process.execPath, [wranglerBin, ...args, '--persist-to', state], { cwd: root, stdio: 'pipe', env: toolEnv() });
  run(['d1', 'migrations', 'apply', 'DB', '--local']);
  if (seed) run(['d1', 'execute', 'DB', '--local', '--file', 'functions/db/seed.sql']);
}

/** Runs a SQL query against the local D1 under `state`; returns the rows. */
export function queryState(state, sql) {
  const out = execFileSync(process.execPath, [wranglerBin, 'd1', 'execute', 'DB', '--local', '--json', '--command', sql, '--persist-to', state], {
    cwd: root, stdio: 'pipe', env: toolEnv(), maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out.toString())[0].results;
}

/**
 * Serves `dist/` (already built) from a new or given state folder.
 * Returns the base URL, the admin token, the child process and `stop()`.
 */
export async function serveBuilt({ state = mkdtempSync(join(tmpdir(), 'networkwise-')), port, fresh = true } = {}) {
  const adminToken = 'local-admin-token-0123456789';
  const vars = join(state, '.dev.vars');
  writeFileSync(vars, `ADMIN_TOKEN=${adminToken}\nCLIENT_HASH_KEY=local-client-key\n`);
  if (fresh) prepareState(state);
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, [wranglerBin, 'dev', '--config', 'dist/server/wrangler.json', '--port', String(listen), '--ip', '127.0.0.1',
    '--persist-to', state, '--env-file', vars, '--show-interactive-dev-session=false', '--live-reload=false', '--log-level', 'warn'],
    { cwd: root, env: toolEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      throw new Error(`the site did not start within 60 s\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl, adminToken, state, child,
    log: () => log,
    /** Kills wrangler and its workerd at once (SIGKILL to the process group): a crash, not a shutdown. */
    kill: () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    },
    stop: ({ keepState = false } = {}) => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      if (!keepState) rmSync(state, { recursive: true, force: true });
    },
  };
}
