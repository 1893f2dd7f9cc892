/**
 * A private copy of the repository for a benchmark to build and serve (`scale.ts`, `cold-workerd.ts`): sources
 * and content, nothing built, its own build caches and `.dev.vars`, and a free port to serve it on.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Left out of the copy: installed, built, local state, and local secrets (`.dev.vars` is made from the example). */
export const COPY_EXCLUDES = [
  'node_modules',
  'dist',
  '.astro',
  '.wrangler',
  'test-results',
  'bench-results',
  '.git',
  '.dev.vars',
];
/** Caches under node_modules that a build writes; the copy gets its own. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * The command (for `execFile`/`spawn`) that fills the empty directory `copy` with the working tree of `root`, or
 * with the commit `ref` when given (`git archive`).
 */
export function copyCommand(root: string, copy: string, ref: string | undefined): [string, string[]] {
  const excludes = COPY_EXCLUDES.map((e) => `--exclude=${e}`).join(' ');
  // GNU tar exits 1 when a file changes while it is read (someone editing): a warning, not a failure.
  const script =
    ref === undefined
      ? `tar -C "$1" ${excludes} -cf - . | tar -C "$2" -xf -; s=$?; [ $s -le 1 ] || exit $s`
      : `git -C "$1" archive --format=tar "$3" | tar -C "$2" -xf -`;
  return ['sh', ['-c', script, 'sh', root, copy, ref ?? '']];
}

/**
 * Makes a filled copy ready to build: a `node_modules` of symlinks, one per installed package, rather than one
 * symlink to the whole directory (the build's caches, `node_modules/.astro` and `.vite`, then land in the copy,
 * not in the original tree), and `.dev.vars` from its example.
 */
export function readyCopy(root: string, copy: string): void {
  const from = join(root, 'node_modules');
  const to = join(copy, 'node_modules');
  mkdirSync(to);
  for (const name of readdirSync(from)) {
    if (!NODE_MODULES_CACHES.has(name)) symlinkSync(join(from, name), join(to, name));
  }
  writeFileSync(join(copy, '.dev.vars'), readFileSync(join(copy, '.dev.vars.example')));
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}
