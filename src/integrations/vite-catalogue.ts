/**
 * Vite plugin providing `virtual:networkwise/catalogue`: every entry of
 * `content/sites/`, validated with the shared schema at build time and inlined
 * as data, with each description's Markdown rendered to HTML. Every reader
 * goes through the one accessor, `src/catalogue/index.ts`, so the files are
 * parsed once per build, nothing parses YAML at run time, and the build fails
 * with `<file>: <field>: <message>` on bad content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import type { Plugin } from 'vite';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';

const ID = 'virtual:networkwise/catalogue';
const RESOLVED = `\0${ID}`;

/** Reads every `content/sites/*.md` under `root`, keyed by repo-relative path. */
export function readCatalogueFiles(root: string): Record<string, string> {
  const dir = join(root, 'content/sites');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`content/sites/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
}

export function catalogue(options: { root?: string } = {}): Plugin {
  const root = resolve(options.root ?? process.cwd());
  return {
    name: 'networkwise-catalogue',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readCatalogueFiles(root);
      for (const file of Object.keys(files)) this.addWatchFile(join(root, file));
      const sites = loadEntries(files);
      return [
        `const sites = ${JSON.stringify(sites)};`,
        'for (const site of sites) site.lastChecked = new Date(site.lastChecked);',
        'export { sites };',
        // The search index, built once here; JSON.parse is faster to load than an object literal.
        `export const searchIndex = JSON.parse(${JSON.stringify(JSON.stringify(buildSearchIndex(sites)))});`,
        // Descriptions are editors' Markdown from the repository, never visitors' text.
        `export const descriptions = ${JSON.stringify(Object.fromEntries(sites.map((s) => [s.slug, marked.parse(s.body, { async: false })])))};`,
        `export const builtAt = ${JSON.stringify(new Date().toISOString())};`,
      ].join('\n');
    },
  };
}
