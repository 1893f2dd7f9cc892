import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { READER_TABLES } from '#src/features/recommend/rules/reader-tables.ts';
import { buildReaderTables, type ReaderTables } from '#src/features/recommend/rules/reader-tables-build.ts';
import { decodeReaderTables, encodeReaderTables } from '#src/features/recommend/rules/reader-tables-codec.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Entry } from '#src/features/recommend/rules/read-phrases.ts';
import { readerTables } from '#src/integrations/vite-reader-tables.ts';

const root = new URL('../../../', import.meta.url).pathname;
const rules = join(root, 'src/features/recommend/rules');
const tablesModule = join(rules, 'reader-tables.ts');
const tmp = mkdtempSync(join(tmpdir(), 'networkwise-reader-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What the plugin serves for `id` after Vite resolved its configuration for `command`. */
async function served(command: 'build' | 'serve', id: string): Promise<unknown> {
  const plugin = readerTables({ root });
  (plugin.configResolved as (config: { command: string }) => void)({ command });
  return await (plugin.load as (id: string) => unknown)(id);
}

/** The source of `reader-tables.ts` a build serves, made once. */
let source: Promise<string> | undefined;
const servedSource = () => (source ??= served('build', tablesModule) as Promise<string>);

/** The tables a build serves: the module evaluated (its import of the decoder is an absolute path). */
let built: Promise<ReaderTables> | undefined;
function builtTables(): Promise<ReaderTables> {
  return (built ??= (async () => {
    const file = join(tmp, 'reader-tables.mjs');
    writeFileSync(file, await servedSource());
    return ((await import(/* @vite-ignore */ file)) as { READER_TABLES: ReaderTables }).READER_TABLES;
  })());
}
/** Building the tables takes a second or two, many under load. */
const SLOW = 60_000;

/** Every table as plain arrays, in its order, for a comparison that sees order and every field. */
const plain = (t: ReaderTables) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v instanceof Map || v instanceof Set ? [...v] : v]));

/** The probe sets' texts: the free text of many writers, in many languages. */
const probeTexts = readdirSync(join(root, 'scripts/bench/intents'))
  .filter((f) => f.startsWith('probe-') && f.endsWith('.json'))
  .flatMap((f) =>
    (JSON.parse(readFileSync(join(root, 'scripts/bench/intents', f), 'utf8')) as { goals: { text?: string }[] }).goals
      .map((g) => g.text)
      .filter((t): t is string => typeof t === 'string'),
  );

describe('the reader tables a build computes (issue 16: not built at every cold start)', () => {
  it(
    'are, read back in the Worker, the tables the reader builds at load: same entries, order and meanings',
    async () => {
      const served = await builtTables();
      expect(served.phrases.size).toBeGreaterThan(1000);
      expect(served.placeForms.size).toBeGreaterThan(100);
      expect(served.ethiopicWords.size).toBeGreaterThan(10);
      expect(plain(served)).toStrictEqual(plain(buildReaderTables()));
      expect(plain(served)).toStrictEqual(plain(READER_TABLES));
    },
    SLOW,
  );

  it(
    'share one list for phrases of the same meanings, and one object for the same meaning',
    async () => {
      const lists = [...(await builtTables()).phrases.values()];
      const distinct = (values: readonly unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;
      expect(new Set(lists).size).toBe(distinct(lists));
      const meanings = lists.flat();
      expect(new Set(meanings).size).toBe(distinct(meanings));
    },
    SLOW,
  );

  it(
    'give the reader the same reading of every probe text as the tables it builds itself',
    async () => {
      const served = await builtTables();
      vi.resetModules();
      vi.doMock('#src/features/recommend/rules/reader-tables.ts', () => ({ READER_TABLES: served }));
      const withServed = (await import('#src/features/recommend/rules/read-goal.ts')).readGoal;
      vi.doUnmock('#src/features/recommend/rules/reader-tables.ts');
      expect(withServed).not.toBe(readGoal);
      expect(probeTexts.length).toBeGreaterThan(100);
      for (const text of probeTexts) expect(withServed(text), text).toStrictEqual(readGoal(text));
    },
    SLOW,
  );

  it(
    'leave the builders out of the reader a build bundles, and nothing else',
    async () => {
      const code = await servedSource();
      /** The reader bundled as a build bundles it: `reader-tables.ts` as served, or as written. */
      const bundled = async (served: boolean) => {
        const result = await build({
          entryPoints: [join(rules, 'read-goal.ts')],
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'neutral',
          plugins: [
            {
              name: 'served-reader-tables',
              setup(b) {
                b.onLoad({ filter: /reader-tables\.ts$/ }, () =>
                  served ? { contents: code, loader: 'js' } : undefined,
                );
              },
            },
          ],
        });
        return result.outputFiles[0]!.text;
      };
      const builders = [
        'buildReaderTables',
        'buildPhrases',
        'buildPlaceForms',
        'germanCaseForms',
        'fieldPhraseGoalsOf',
      ];
      const [withServed, asWritten] = [await bundled(true), await bundled(false)];
      for (const name of builders) expect(asWritten, name).toContain(`function ${name}(`);
      for (const name of builders) expect(withServed, name).not.toContain(`function ${name}(`);
      expect(withServed).toContain('function readGoal(');
    },
    SLOW,
  );

  it('leave the module as written outside a build, so the reader builds its tables itself', async () => {
    expect(await served('serve', tablesModule)).toBeUndefined();
    expect(await served('build', join(rules, 'read-goal.ts'))).toBeUndefined();
  });

  it(
    'read back any phrase table they write, with an empty phrase, an empty list and none at all',
    () => {
      const goal: Entry = { kind: 'goal', value: 'contacts', explicit: true };
      for (const phrases of [
        new Map<string, Entry[]>(),
        new Map<string, Entry[]>([['', [goal]]]),
        new Map<string, Entry[]>([
          ['business contacts', [goal]],
          ['at school', []],
          ['contacts', [goal, { kind: 'audience', value: 'professionals' }]],
          ['business contact', [{ ...goal, singular: true }]],
          ['two\nlines', [goal]],
        ]),
      ])
        expect([...decodeReaderTables(encodeReaderTables({ ...READER_TABLES, phrases })).phrases]).toStrictEqual([
          ...phrases,
        ]);
    },
    SLOW,
  );
});
