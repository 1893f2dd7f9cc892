/**
 * The catalogue at build time: every entry of `content/sites/`, validated
 * with the shared schema, each description's Markdown rendered to HTML, and
 * the search index, computed once per build.
 *
 * - `catalogue()` is the Vite plugin behind `virtual:networkwise/catalogue`
 *   (the data inline, for tests and build-time code) and
 *   `virtual:networkwise/catalogue-runtime`, which the accessors import:
 *   wherever the code runs at build time or in development (prerendering,
 *   `astro dev`, the test projects) it is the same data; in the Worker's own
 *   bundle (Vite's `ssr` environment of `astro build`) it holds only
 *   `builtAt`, and the Worker reads the data from static assets instead
 *   (`loadCatalogue()` in `src/catalogue/index.ts`), so its size does not
 *   grow with the catalogue.
 * - `catalogueAssets()` is the Astro integration that adds the plugin, the
 *   on-demand routes of the long-tail site pages (`src/catalogue/prerender.ts`)
 *   and, after the build, writes those assets under `dist/client/_catalogue/`
 *   (`src/catalogue/shards.ts` says what is in them and why).
 *
 * Every reader goes through the accessors in `src/catalogue/index.ts` and
 * `src/features/search/index.ts`; the build fails with
 * `<file>: <field>: <message>` on bad content.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { marked } from 'marked';
import type { Plugin } from 'vite';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { parsePrerenderLimit } from '#src/catalogue/prerender.ts';
import { CATALOGUE_ASSET_DIR, catalogueShardFiles } from '#src/catalogue/shards.ts';
import { buildSearchIndex, type SearchIndex } from '#src/features/search/rules/search.ts';
import { SEARCH_ASSET_DIR, searchShardFiles } from '#src/features/search/rules/shards.ts';
import { fnv1a } from '#src/shared/hash.ts';

const ID = 'virtual:networkwise/catalogue';
const RESOLVED = `\0${ID}`;
/** What the accessors import: the same data, or nulls in the Worker's bundle. */
const RUNTIME_ID = 'virtual:networkwise/catalogue-runtime';
const RUNTIME_RESOLVED = `\0${RUNTIME_ID}`;

/** Reads every `content/sites/*.md` under `root`, keyed by repo-relative path. */
export function readCatalogueFiles(root: string): Record<string, string> {
  const dir = join(root, 'content/sites');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`content/sites/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** What one build computes from the content files. */
interface BuiltCatalogue {
  sites: SiteEntry[];
  descriptions: Record<string, string>;
  /** Built on first use, in development and the tests (issue 16: it is large); a build's assets make their own in a worker. */
  searchIndex: () => SearchIndex;
  builtAt: string;
}

/** `make()` the first time, its value after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function computeCatalogue(files: Record<string, string>): BuiltCatalogue {
  const sites = loadEntries(files);
  return {
    sites,
    // Descriptions are editors' Markdown from the repository, never visitors' text.
    descriptions: Object.fromEntries(sites.map((s) => [s.slug, marked.parse(s.body, { async: false })])),
    searchIndex: once(() => buildSearchIndex(sites)),
    builtAt: new Date().toISOString(),
  };
}

/** The Vite plugin; `built()` hands the integration what the last load computed. */
export function catalogue(options: { root?: string } = {}): Plugin & { built(): BuiltCatalogue } {
  const root = resolve(options.root ?? process.cwd());
  let command: 'build' | 'serve' = 'serve';
  let cached: { key: string; value: BuiltCatalogue } | undefined;
  const current = (files: Record<string, string>) => {
    // Every environment of one build shares one computation (and one `builtAt`); a dev edit recomputes.
    const key = JSON.stringify(Object.entries(files).map(([f, text]) => [f, text.length, fnv1a(text)]));
    if (cached?.key !== key) cached = { key, value: computeCatalogue(files) };
    return cached.value;
  };
  return {
    name: 'networkwise-catalogue',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : id === RUNTIME_ID ? RUNTIME_RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RUNTIME_RESOLVED) return undefined;
      const files = readCatalogueFiles(root);
      for (const file of Object.keys(files)) this.addWatchFile(join(root, file));
      const { sites, descriptions, searchIndex, builtAt } = current(files);
      if (id === RUNTIME_RESOLVED) {
        // The deployed Worker: the data stays out of the bundle and is read from the assets.
        if (command === 'build' && this.environment?.name === 'ssr') {
          return [
            'export const sites = null;',
            'export const descriptions = null;',
            'export const searchIndex = null;',
            'export const prerenderLimit = null;',
            `export const builtAt = ${JSON.stringify(builtAt)};`,
          ].join('\n');
        }
        return `export * from ${JSON.stringify(ID)};`;
      }
      const prerendering = command === 'build' && this.environment?.name === 'prerender';
      if (command === 'build' && this.environment?.name === 'ssr') {
        this.error(`${ID} would inline the catalogue into the Worker: read it through #src/catalogue/index.ts.`);
      }
      // Each value is one string literal for JSON.parse, not an object literal: one syntax node for the bundler
      // and workerd where a literal of 10,000 entries is millions (issue 16: build memory; measured, the gain is
      // small, about 20 MB of the build process at 3,000 entries, most of its memory is not the catalogue's).
      return [
        `const sites = JSON.parse(${JSON.stringify(JSON.stringify(sites))});`,
        'for (const site of sites) site.lastChecked = new Date(site.lastChecked);',
        'export { sites };',
        // The search index. Prerendering leaves it out:
        // every page that searches is on demand, and the index was most of this module (13 of 21 MB at
        // 3,000 entries), which the build bundles and workerd loads (issue 16). A prerendered page that
        // searched would fail the build, reading the index's assets before they are written.
        `export const searchIndex = ${prerendering ? 'null' : `JSON.parse(${JSON.stringify(JSON.stringify(searchIndex()))})`};`,
        `export const descriptions = JSON.parse(${JSON.stringify(JSON.stringify(descriptions))});`,
        // How many entries get prerendered pages (src/catalogue/prerender.ts), read here in Node.
        `export const prerenderLimit = ${parsePrerenderLimit(process.env.NETWORKWISE_PRERENDER_LIMIT)};`,
        `export const builtAt = ${JSON.stringify(builtAt)};`,
      ].join('\n');
    },
    built() {
      // A build's content does not change under it: what its load computed, without reading every file again.
      return command === 'build' && cached ? cached.value : current(readCatalogueFiles(root));
    },
  };
}

export interface CatalogueAssetsJob {
  /** `dist/client`. */
  client: string;
  sites: SiteEntry[];
  descriptions: Record<string, string>;
  builtAt: string;
}

/** Builds the search index and writes every catalogue asset under `client`; how many files, how many characters. */
export function writeCatalogueAssets({ client, sites, descriptions, builtAt }: CatalogueAssetsJob): {
  files: number;
  bytes: number;
} {
  let files = 0;
  let bytes = 0;
  const made = new Set<string>();
  // Each file is written as soon as it is made and its text let go (issue 16: holding every file's text at
  // once was about 0.1 GB of this worker's heap at 10,000 entries).
  const write = (under: string, shards: Iterable<[string, string | Uint8Array]>) => {
    for (const [path, text] of shards) {
      const file = join(client, CATALOGUE_ASSET_DIR, under, path);
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, text);
      bytes += text.length;
      files++;
    }
  };
  // One set of files after the other: the catalogue's text is written, and can be collected, before the
  // search index is built (issue 16: this worker's heap is the build's largest after prerendering).
  write('', catalogueShardFiles({ sites, descriptions, builtAt }));
  write(SEARCH_ASSET_DIR, searchShardFiles(buildSearchIndex(sites), sites));
  return { files, bytes };
}

/**
 * {@link writeCatalogueAssets} in a worker thread, ended when done (`catalogue-assets-worker.ts`). The search
 * index and the assets' text are the largest things the build makes after prerendering (0.4 GB of heap at
 * 10,000 entries); made on the build's own thread they stayed there, uncollected, while that thread sat
 * waiting for the share cards (issue 16). A worker's heap goes when it ends. Falls back to
 * this thread if the worker cannot start.
 */
async function writeCatalogueAssetsApart(
  job: CatalogueAssetsJob,
  logger: { warn(message: string): void },
): Promise<{ files: number; bytes: number }> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./catalogue-assets-worker.ts', import.meta.url), { workerData: job });
  } catch (error) {
    logger.warn(`catalogue assets: no worker (${(error as Error).message}); writing them here`);
    return writeCatalogueAssets(job);
  }
  return await new Promise((done, fail) => {
    worker.once('message', (result: { files: number; bytes: number }) => done(result));
    worker.once('error', fail);
    worker.once('exit', (code) =>
      fail(new Error(`catalogue assets: the worker exited with ${code} before it finished`)),
    );
  });
}

/**
 * Astro integration: adds the plugin and, after the build, writes the
 * catalogue's assets to `dist/client/_catalogue/` for the Worker to read.
 * `sites()` hands other integrations the entries this build already parsed
 * (`brandAssets({ sites })`), so they do not parse every content file again.
 */
export function catalogueAssets(options: { root?: string } = {}): AstroIntegration & { sites(): SiteEntry[] } {
  const plugin = catalogue(options);
  return {
    sites: () => plugin.built().sites,
    name: 'networkwise-catalogue-assets',
    hooks: {
      'astro:config:setup': ({ updateConfig, injectRoute }) => {
        updateConfig({ vite: { plugins: [plugin] } });
        // The long tail (src/catalogue/prerender.ts): the same URL patterns as the prerendered
        // `src/pages/sites/[slug]/…` routes, rendered on demand. For a path that matches a prerendered
        // route with parameters, the Worker's router takes the first on-demand route that matches it too
        // (a prerendered file is served before the Worker is asked). The parameter is named `entry`, not
        // `slug`, so the route's name differs: Astro finds a route's stylesheets by that name, and would
        // take the prerendered route's (none, in the Worker's manifest).
        // The same for a listed comparison with a long-tail site on either side (`[versus]`, not `[pair]`).
        for (const [pattern, entrypoint] of [
          ['/sites/[entry]', './src/catalogue/on-demand/site.astro'],
          ['/sites/[entry]/alternatives', './src/catalogue/on-demand/alternatives.astro'],
          ['/compare/[versus]', './src/features/compare/on-demand/pair.astro'],
        ] as const) {
          injectRoute({ pattern, entrypoint, prerender: false });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { sites, descriptions, builtAt } = plugin.built();
        const { files, bytes } = await writeCatalogueAssetsApart(
          { client: fileURLToPath(dir), sites, descriptions, builtAt },
          logger,
        );
        logger.info(
          `${files} catalogue files (${Math.round(bytes / 1000)} kB) in /${CATALOGUE_ASSET_DIR}/ for ${sites.length} entries`,
        );
      },
    },
  };
}
