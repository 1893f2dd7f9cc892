#!/usr/bin/env node
/**
 * `npm start`: build the site, prepare the local D1 (migrations + seed) and
 * serve the built Worker in workerd at http://localhost:$PORT (default 8787).
 * `--no-build` skips the build when dist/ is fresh.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { astroBuild, ensureDevVars, prepareDatabase, root, PERSIST } from './local-env.mjs';

const port = process.env.PORT ?? '8787';
const build = !process.argv.includes('--no-build');

ensureDevVars();
if (build) {
  astroBuild({ env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
prepareDatabase();
console.log(`\nNetworkwise is starting at http://localhost:${port}\n`);
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '--config',
    'dist/server/wrangler.json',
    '--port',
    port,
    '--ip',
    process.env.HOST ?? 'localhost',
    '--persist-to',
    PERSIST,
    '--env-file',
    '.dev.vars',
    '--show-interactive-dev-session=false',
    '--live-reload=false',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
