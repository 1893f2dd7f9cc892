/**
 * Serves the built Worker with `wrangler dev` on a free port against a local
 * D1 in a temporary folder (migrations + seed), the way `npm start` serves it.
 * Used by the e2e tests, the benchmarks and the durability check.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, prepareDatabase, root, toolEnv, wranglerBin } from '../../scripts/local-env.mjs';

/** Runs `astro build` into dist/ (output kept quiet unless it fails). */
export function buildSite() {
  astroBuild({ stdio: 'pipe' });
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Serves a build (default `dist/`) from a new or given state folder; `fresh`
 * applies migrations and the seed first. Resolves once `/api/health` answers.
 */
export async function serveBuilt({
  state = mkdtempSync(join(tmpdir(), 'networkwise-')),
  port,
  fresh = true,
  dist = join(root, 'dist'),
} = {}) {
  const adminToken = 'local-admin-token-0123456789';
  const vars = join(state, '.dev.vars');
  writeFileSync(vars, `ADMIN_TOKEN=${adminToken}\nCLIENT_HASH_KEY=local-client-key\n`);
  if (fresh) prepareDatabase({ quiet: true, persistTo: state });
  const listen = port ?? (await freePort());
  // Its own process group, so a hard kill takes workerd down with wrangler.
  const child = spawn(
    process.execPath,
    [
      wranglerBin,
      'dev',
      '--config',
      join(dist, 'server/wrangler.json'),
      '--port',
      String(listen),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--env-file',
      vars,
      '--show-interactive-dev-session=false',
      '--live-reload=false',
      '--log-level',
      'warn',
    ],
    { cwd: root, env: toolEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  // A killed process has a signalCode and a null exitCode.
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      /* already gone */
    }
  };
  const baseUrl = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited())
      throw new Error(`wrangler dev exited with ${child.exitCode ?? child.signalCode}\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      signal('SIGKILL');
      throw new Error(`the site did not start within 60 s\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    adminToken,
    state,
    child,
    log: () => log,
    /** Kills wrangler and its workerd at once (SIGKILL to the process group): a crash, not a shutdown. */
    kill: () => signal('SIGKILL'),
    /** Stops the server and waits for it to exit; deletes the state folder unless asked to keep it. */
    stop: async ({ keepState = false } = {}) => {
      const done = exited() ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      signal('SIGTERM');
      await done;
      if (!keepState) rmSync(state, { recursive: true, force: true });
    },
  };
}
