/**
 * What `npm run bench:scale` and `npm run bench:warm` share: the catalogue of a size (the real entries plus
 * synthetic ones, in the order the build reads them) and the queries they ask, so that the counters of
 * `bench:warm` (in Node) describe the queries whose times `bench:scale` measures in workerd.
 */
import { stringify as toYaml } from 'yaml';
import { loadEntries, type SiteEntry } from '#src/catalogue/entry-file.ts';
import { picker, prng, syntheticCatalogue, syntheticQueries } from '../../tests/support/synthetic-catalogue.ts';

/** Asked first after every cold start: a real entry, present at every size. */
export const COLD_QUERY = 'linkedin';
/** Queries asked after the cold one and before the measured ones, unmeasured. */
export const WARM_UP_QUERIES = 10;

/** One entry in the format of `content/sites/<slug>.md`. */
export function toEntryFile(entry: SiteEntry): string {
  const { slug: _slug, body, lastChecked, ...data } = entry;
  const front = { ...data, lastChecked: lastChecked.toISOString().slice(0, 10) };
  return `---\n${toYaml(front, { lineWidth: 0 })}---\n${body}\n`;
}

/**
 * The synthetic entries that bring the real ones (`real`, validated) up to `size`: the generator is
 * sequential, so a longer run starts with the same entries.
 */
export function syntheticEntries(real: readonly SiteEntry[], size: number): SiteEntry[] {
  if (size < real.length) throw new Error(`size ${size} is below the ${real.length} real entries it includes`);
  const taken = new Set(real.map((s) => s.slug));
  const wanted = size - real.length;
  return syntheticCatalogue(wanted + 100)
    .filter((s) => !taken.has(s.slug))
    .slice(0, wanted);
}

/**
 * The catalogue `bench:scale` builds at `size`, from the repository's entry files (`content/sites/…`, as
 * `readCatalogueFiles` gives them): the synthetic entries written as entry files beside them, all validated
 * and ordered by `loadEntries` as the build orders them.
 */
export function scaleCatalogue(files: Readonly<Record<string, string>>, size: number): SiteEntry[] {
  const synthetic = syntheticEntries(loadEntries(files), size);
  const entries = loadEntries({
    ...files,
    ...Object.fromEntries(synthetic.map((e) => [`content/sites/${e.slug}.md`, toEntryFile(e)])),
  });
  if (entries.length !== size) throw new Error(`made ${entries.length} entries, wanted ${size}`);
  return entries;
}

function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Distinct realistic queries: the synthetic mix (names, prefixes, typos, goal phrases, no-match) and "a vs b",
 * `count` of them after {@link WARM_UP_QUERIES} warm-up ones.
 */
export function warmQueries(sites: readonly SiteEntry[], count: number): string[] {
  const r = picker(prng(11));
  const versus = Array.from(
    { length: Math.round(count * 0.1) },
    () => `${r.pick(sites).name} vs ${r.pick(sites).name}`,
  );
  const mix = syntheticQueries(sites, count * 2).map((q) => q.q);
  const distinct = [...new Set([...versus, ...mix].filter((q) => q.toLowerCase() !== COLD_QUERY))];
  // Interleave the kinds rather than run them in blocks.
  return distinct.sort((a, b) => hashOf(a) - hashOf(b)).slice(0, count + WARM_UP_QUERIES);
}
