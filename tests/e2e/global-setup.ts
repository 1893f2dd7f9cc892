/**
 * Builds the site, prepares a throwaway local D1 (migrations + seed) and serves
 * the built Worker with `wrangler dev`, exactly as `npm start` does, on a free
 * port. Tests get the base URL and admin token through `inject()`.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = join(import.meta.dirname, '../..');
const wranglerBin = join(root, 'node_modules/wrangler/bin/wrangler.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The site did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test and VITEST*; with them `astro build` emits no server bundle.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
  );
  Object.assign(env, { ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' });
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'pipe', env });
  }
  const state = mkdtempSync(join(tmpdir(), 'networkwise-e2e-'));
  const adminToken = 'e2e-admin-token-0123456789';
  const vars = join(state, '.dev.vars');
  writeFileSync(vars, `ADMIN_TOKEN=${adminToken}\nCLIENT_HASH_KEY=e2e-client-key\n`);
  for (const args of [
    ['d1', 'migrations', 'apply', 'DB', '--local'],
    ['d1', 'execute', 'DB', '--local', '--file', 'functions/db/seed.sql'],
  ]) {
    execFileSync(process.execPath, [wranglerBin, ...args, '--persist-to', state], { cwd: root, stdio: 'pipe', env });
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [wranglerBin, 'dev', '--config', 'dist/server/wrangler.json', '--port', String(port), '--ip', '127.0.0.1',
      '--persist-to', state, '--env-file', vars, '--show-interactive-dev-session=false', '--live-reload=false'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${baseUrl}/api/health`, server);
  } catch (error) {
    server.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${log.slice(-4000)}`);
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminToken', adminToken);
  return () => {
    server.kill('SIGTERM');
    rmSync(state, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}
