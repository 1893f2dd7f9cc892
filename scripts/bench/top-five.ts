/**
 * Which sites the recommender puts in the top five most often, over a broad
 * grid of structured answers: each goal alone and in a few pairs × audience
 * (none and each) × country (none and a spread of large markets) × field (none
 * and each). A site that reaches the top five for many different visitors
 * carries data that shapes many answers at once, so it is the first to audit.
 * The grid is general: it is not the benchmark's goals.
 *
 *   node --experimental-strip-types --no-warnings scripts/bench/top-five.ts [--top=25] [--json]
 */
import { join } from 'node:path';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { normalizeAnswers, type ParsedAnswerFields } from '#src/features/recommend/rules/answers.ts';
import { recommend } from '#src/features/recommend/rules/recommend.ts';
import { AUDIENCES, FIELDS, PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';

const root = join(import.meta.dirname, '../..');
const sites = loadEntries(readCatalogueFiles(root));
const topArg = process.argv.find((a) => a.startsWith('--top='));
const top = topArg ? Number(topArg.slice('--top='.length)) : 25;

const purposes = keysOf(PURPOSES);
const pairs: Purpose[][] = [
  ['contacts', 'hiring'],
  ['contacts', 'peer-ideas'],
  ['referrals', 'local'],
  ['investors', 'peer-ideas'],
  ['promotion', 'friends'],
  ['local', 'friends'],
  ['hiring', 'peer-ideas'],
  ['promotion', 'referrals'],
];
const goalSets: Purpose[][] = [...purposes.map((p) => [p]), ...pairs];
const audiences = [undefined, ...keysOf(AUDIENCES)];
const countries = [undefined, 'US', 'GB', 'DE', 'IN', 'BR', 'JP', 'NG', 'AU'];
const fields = [undefined, ...FIELDS.keys()];

const counts = new Map<string, number>();
const firsts = new Map<string, number>();
let runs = 0;
for (const goals of goalSets)
  for (const audience of audiences)
    for (const country of countries)
      for (const field of fields) {
        const answers = { goals, audience, country, field } as ParsedAnswerFields;
        const { results } = recommend(normalizeAnswers(answers), sites, 5);
        runs++;
        results.forEach((r, i) => {
          counts.set(r.slug, (counts.get(r.slug) ?? 0) + 1);
          if (i === 0) firsts.set(r.slug, (firsts.get(r.slug) ?? 0) + 1);
        });
      }

const bySlug = new Map(sites.map((s) => [s.slug, s]));
const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ runs, counts: Object.fromEntries(ranked) }));
} else {
  console.log(`top-five: runs=${runs} sites_seen=${counts.size} of ${sites.length}`);
  for (const [slug, n] of ranked.slice(0, top)) {
    const s = bySlug.get(slug)!;
    const share = ((100 * n) / runs).toFixed(1);
    console.log(
      `${String(n).padStart(6)} ${share.padStart(5)}% first=${String(firsts.get(slug) ?? 0).padStart(5)} ${slug} [${s.status}${s.eligibility ? ' eligibility:' + s.eligibility.groups.join('+') : ''}]`,
    );
  }
}
