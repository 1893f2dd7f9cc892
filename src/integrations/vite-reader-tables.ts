/**
 * The free-text reader's tables, computed once per build instead of at every cold start of the Worker (issue 16).
 * The reader draws them from its lexicon (`buildReaderTables()` in `reader-tables-build.ts`): every phrase folded,
 * with its plurals, German and Polish case forms and the other number of goal words, the word sets drawn from them and
 * the case forms of place names. That was most of evaluating the reader's modules, which every search pays on an
 * isolate's first request (`readGoal` reads every query). In a build this plugin serves `reader-tables.ts` as the
 * tables inline, one string for `JSON.parse` (`reader-tables-codec.ts`): the Worker neither builds them nor bundles
 * the builders, which nothing else imports. Outside a build (`astro dev`, the tests, plain Node scripts) the module is
 * served as written and builds them at load; a unit test checks that the served tables are the ones built.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The module this plugin serves, and the decoder the served module imports, from the project's root. */
const TABLES = 'src/features/recommend/rules/reader-tables.ts';
const CODEC = 'src/features/recommend/rules/reader-tables-codec.ts';

/** The source of `reader-tables.ts` with the tables built now, read back by the decoder at `codec`. */
export async function readerTablesModule(codec: string): Promise<string> {
  // Loaded when a build first needs them, not with the configuration: only builds pay for building the tables.
  const { buildReaderTables } = await import('#src/features/recommend/rules/reader-tables-build.ts');
  const { encodeReaderTables } = await import('#src/features/recommend/rules/reader-tables-codec.ts');
  return [
    `import { decodeReaderTables } from ${JSON.stringify(codec)};`,
    `export const READER_TABLES = decodeReaderTables(${JSON.stringify(encodeReaderTables(buildReaderTables()))});`,
  ].join('\n');
}

/** The Vite plugin: in a build, `reader-tables.ts` holds the tables; otherwise it is left alone. */
export function readerTables(options: { root?: string } = {}): Plugin {
  const root = resolve(options.root ?? process.cwd());
  const tables = resolve(root, TABLES);
  let command: 'build' | 'serve' = 'serve';
  // Every environment of one build (the Worker, prerendering) gets the same tables, made once.
  let code: Promise<string> | undefined;
  return {
    name: 'networkwise-reader-tables',
    configResolved(config) {
      command = config.command;
    },
    load(id) {
      if (command !== 'build' || id.split('?')[0] !== tables) return undefined;
      return (code ??= readerTablesModule(resolve(root, CODEC)));
    },
  };
}
