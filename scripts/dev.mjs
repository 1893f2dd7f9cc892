#!/usr/bin/env node
/** `npm run dev`: local secrets and D1 ready, then `astro dev` with hot reload. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDevVars, prepareDatabase, root } from './local-env.mjs';

ensureDevVars();
prepareDatabase();
const dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
dev.on('exit', (code) => process.exit(code ?? 0));
