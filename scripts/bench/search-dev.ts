/**
 * The search dev set (`scripts/bench/intents/search-dev.json`): short queries
 * written by hand, each with the kind of answer expected and the wrong kinds
 * of site for it. Prints each answer (`--verbose`) and one line:
 *
 *   search-dev: n=… kind_ok=… wrong_top3=… empty=…
 *
 * `empty` counts answers with no sites where a recommendation, a directory
 * or a name was expected (an honest "nothing" is expected for some queries:
 * those have kind `names` and are not counted when empty).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';

interface DevQuery {
  q: string;
  kind: string;
  notTop3: string[];
  note?: string;
}

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const index = buildSearchIndex(sites);
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'intents/search-dev.json'), 'utf8')) as {
  queries: DevQuery[];
};
const verbose = process.argv.includes('--verbose');
let kindOk = 0;
let wrong = 0;
let empty = 0;
for (const { q, kind, notTop3 } of queries) {
  const answer = searchWithIntent(index, sites, { q, limit: 10 });
  const top = answer.results.map((r) => r.slug);
  const bad = top.slice(0, 3).filter((s) => notTop3.includes(s));
  if (answer.intent.kind === kind) kindOk++;
  wrong += bad.length;
  if (top.length === 0 && kind !== 'names') empty++;
  if (verbose)
    console.log(
      `${answer.intent.kind === kind ? ' ' : '!'} ${q} [${answer.intent.kind}] ${top.slice(0, 5).join(' ')}${bad.length ? `  WRONG ${bad.join(' ')}` : ''}`,
    );
}
console.log(`search-dev: n=${queries.length} kind_ok=${kindOk} wrong_top3=${wrong} empty=${empty}`);
