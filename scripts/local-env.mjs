/**
 * Shared by `npm start`, `npm run dev`, the e2e tests and the benchmarks:
 * makes sure `.dev.vars` holds local secrets, and that the local D1 under
 * `.wrangler/state` has every migration applied and the seed data loaded.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const PERSIST = '.wrangler/state';
export const wranglerBin = join(root, 'node_modules/wrangler/bin/wrangler.js');

/**
 * The environment for child tools. Vitest's variables are dropped: with
 * NODE_ENV=test, `astro build` emits no server bundle.
 */
export function toolEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' };
}

/**
 * What `astro build` runs with, wherever it is started (`npm run build`, `npm start`, the e2e tests, the
 * benchmarks). The bundler, rolldown, allocates natively through mimalloc, which by default keeps the pages
 * it freed until the same thread allocates again; rolldown's threads then sit idle through the prerendering
 * and the integrations, and the build process kept about 0.3 GB it no longer used (0.5 GB of mimalloc's
 * arena at 10,000 entries, 0.25 GB with this; issue 16). Purging at once returns them to the system.
 * Only read at start-up: it must be in the environment the build process starts with.
 */
export const BUILD_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  // mimalloc (in rolldown, Astro's compiler and resvg, each its own copy, all reading this) commits its arenas
  // eagerly by default, and what it purged from an eagerly committed arena stayed resident: at 10,000 entries the
  // build process held 0.29 GB in mimalloc's arenas after bundling and 0.38 GB at the end of the prerendering,
  // beside workerd's peak (/proc/<pid>/smaps; issue 16). Committed on demand, purged pages go back to the system:
  // three rolldown builds of the 28 MB catalogue chunk in one process peaked at 0.39 GB instead of 0.55, no slower.
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  // V8 sizes the build process's young generation from the machine's memory: its new space reached 128 MB (two
  // 64 MB semi-spaces) while the old space held about 150 MB (process.memoryUsage and v8.getHeapSpaceStatistics
  // through the inspector, 10,000 entries; issue 16). 16 MB semi-spaces, Node's default before it scaled them:
  // the process's V8 pages at its peak were 244 MiB instead of 319 in a build of the real catalogue, no slower.
  // Options already in the environment are kept (later ones win, so theirs go last).
  NODE_OPTIONS: ['--max-semi-space-size=16', process.env.NODE_OPTIONS].filter(Boolean).join(' '),
  // The prerendering runs in workerd, which Miniflare starts with the V8 flags of this variable. At 10,000 entries
  // workerd grew from 0.4 to 0.85 GB over the prerendering, the build's peak beside the build process, while its
  // live heap stayed near 150 MB (forced collections through its inspector): mostly garbage V8 let pile up between
  // major collections (issue 16). `--optimize-for-size` makes V8 grow its heap less eagerly: workerd's peak was
  // 0.72 GB instead of 0.87 (one build each, loaded machine). Flags already in the environment are kept.
  MINIFLARE_WORKERD_V8_FLAGS: [process.env.MINIFLARE_WORKERD_V8_FLAGS, '--optimize-for-size'].filter(Boolean).join(' '),
};

/** Runs `astro build` in `cwd` with {@link BUILD_ENV} and the tool environment. */
export function astroBuild({ cwd = root, stdio = 'inherit', env = toolEnv() } = {}) {
  return execFileSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    stdio,
    env: { ...env, ...BUILD_ENV },
  });
}

/** Runs wrangler with the project's Node, inheriting output unless quiet. */
export function wrangler(args, { quiet = false, persistTo = PERSIST } = {}) {
  return execFileSync(process.execPath, [wranglerBin, ...args, '--persist-to', persistTo], {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    env: toolEnv(),
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Adds any missing secret to `.dev.vars` with a random value, appending so the
 * editor's own lines and comments stay as they are; returns the file's values.
 */
export function ensureDevVars(file = join(root, '.dev.vars')) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const values = Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const added = [];
  for (const key of ['ADMIN_TOKEN', 'CLIENT_HASH_KEY']) {
    if (!values[key]) {
      values[key] = randomBytes(24).toString('base64url');
      added.push(key);
    }
  }
  if (added.length > 0) {
    const separator = text === '' || text.endsWith('\n') ? '' : '\n';
    writeFileSync(file, text + separator + added.map((k) => `${k}=${values[k]}`).join('\n') + '\n');
    console.log(
      `Wrote ${added.join(' and ')} to .dev.vars (git-ignored). Your moderator token is ADMIN_TOKEN in ${file}.`,
    );
  }
  return values;
}

/** Applies D1 migrations and the idempotent seed to the local database. */
export function prepareDatabase({ quiet = false, persistTo = PERSIST } = {}) {
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local'], { quiet, persistTo });
  wrangler(['d1', 'execute', 'DB', '--local', '--file', 'scripts/seed.sql'], { quiet, persistTo });
}
