import fc from 'fast-check';
import type { FuseIndex } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import {
  buildSearchIndex,
  createSearcher,
  search,
  useSearcher,
  type SearchIndex,
} from '#src/features/search/rules/search.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { FIELDS } from '#src/features/search/rules/index-builder.ts';
import {
  DOCS_PER_SHARD,
  openShardedSearch,
  SHARDED_TEXT_CHECKS,
  forwardIndex,
  fromIntentSites,
  searchShards,
  asciiJson,
  parseSearchFile,
} from '#src/features/search/rules/shards.ts';
import {
  packIds,
  packTrigrams,
  unpackIds,
  trigramRecord,
  weightsFromMilli,
  weightsToMilli,
} from '#src/features/search/rules/candidate-index.ts';
import { packUints, unpackUints } from '#src/shared/uint-arrays.ts';
import { countryColumn, fieldColumn, siteTable } from '#src/features/recommend/rules/recommend.ts';
import {
  buildLookupColumns,
  foldedNamesOf,
  lookUpAll,
  siteSource,
  useLookupColumns,
} from '#src/features/search/rules/site-source.ts';
import { FIELDS as PROFESSIONS } from '#src/catalogue/taxonomy.ts';
import { syntheticCatalogue, syntheticQueries } from '../../support/synthetic-catalogue.ts';

type IndexRecord = FuseIndex<unknown>['records'][number];

/** The whole index, searched with the settings the sharded one uses (fewer whole-phrase checks). */
function wholeLikeSharded(index: SearchIndex): SearchIndex {
  const copy = structuredClone(index);
  useSearcher(copy, createSearcher(copy, { textChecks: SHARDED_TEXT_CHECKS }));
  return copy;
}

/** The sharded files in memory, with a log of which were read. */
function files(index: SearchIndex, from: typeof sites) {
  const all = searchShards(index, from);
  const read: string[] = [];
  return {
    all,
    read,
    load: (path: string) => {
      read.push(path);
      const text = all.get(path);
      return text === undefined
        ? Promise.reject(new Error(`no file ${path}`))
        : Promise.resolve(parseSearchFile(path, text));
    },
  };
}

describe('search read in parts (the Worker) answers exactly as the whole index', () => {
  it('on the real catalogue, for names, typos, goals, comparisons and filters', async () => {
    const { load } = files(searchIndex, sites);
    const sharded = await openShardedSearch(load);
    const reference = wholeLikeSharded(searchIndex);
    const queries = [
      ...sites.slice(0, 40).map((s) => s.name),
      'linkdin',
      'find investors',
      'networking for nurses',
      'linkedin vs xing',
      'alternatives to meetup',
      'friends',
      'zzzz',
    ];
    for (const q of queries) {
      const whole = searchWithIntent(reference, sites, { q, limit: 10 });
      expect(await sharded.run((index) => searchWithIntent(index, sites, { q, limit: 10 })), q).toEqual(whole);
      // The sites read in parts too, as the Worker reads them (a fresh isolate for each query, the same files).
      const fresh = await openShardedSearch(load);
      expect(await fresh.run((index) => searchWithIntent(index, fresh.sites, { q, limit: 10 })), q).toEqual(whole);
    }
    const filtered = { q: 'network', kind: 'business' as const, purpose: 'referrals' as const, limit: 20 };
    expect(await sharded.run((index) => search(index, filtered))).toEqual(search(reference, filtered));
  }, 30_000);

  it('on a synthetic catalogue of 2,000 entries, reading only part of it per query', async () => {
    const synthetic = syntheticCatalogue(2000);
    const whole = buildSearchIndex(synthetic);
    const reference = wholeLikeSharded(whole);
    const { all, read, load } = files(whole, synthetic);
    const sharded = await openShardedSearch(load);
    const parts = [...all.keys()].filter((p) => p !== 'sites.json').length;
    for (const { q } of syntheticQueries(synthetic, 60)) {
      read.length = 0;
      expect(await sharded.run((index) => search(index, { q, limit: 10 })), q).toEqual(
        search(reference, { q, limit: 10 }),
      );
    }
    // With the intent reader and the sites in parts as well, answers stay the same.
    for (const { q } of syntheticQueries(synthetic, 20, 3)) {
      expect(await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 })), q).toEqual(
        searchWithIntent(reference, synthetic, { q, limit: 10 }),
      );
    }
    // A fresh isolate: the first query reads the head and a few parts, not the index.
    const cold = files(whole, synthetic);
    const first = await openShardedSearch(cold.load);
    await first.run((index) => search(index, { q: synthetic[1234]!.name, limit: 10 }));
    expect(cold.read[0]).toBe('head.json');
    expect(cold.read.length).toBeLessThan(parts / 10);
    // Asked by name through the intent reader, it looks the name up in one small file, never in every site.
    const named = files(whole, synthetic);
    const again = await openShardedSearch(named.load);
    const answer = await again.run((index) =>
      searchWithIntent(index, again.sites, { q: synthetic[1234]!.name, limit: 10 }),
    );
    expect(answer.intent.kind).toBe('names');
    expect(answer.results[0]?.slug).toBe(synthetic[1234]!.slug);
    expect(named.read).not.toContain('sites.json');
    expect(named.read.length).toBeLessThan(parts / 10);
    // The results it explains came with the docs files it ranked them from: no file of sites of their own.
    expect(named.read.filter((path) => path.startsWith('sites/slugs/'))).toEqual([]);
  }, 30_000);

  it("loads the catalogue's records in few reads: docs files of 64 entries or more, each read once per isolate", async () => {
    // Each file read through the assets binding costs workerd far more than parsing its bytes (issue 16: at 10,000
    // entries an isolate's first 300 searches read 449 files of 16 entries and cost it about a third more CPU than
    // its next 300, which read none), so the files that hold the entries' records (a search reads its candidates'
    // own, scattered over the catalogue) are few and large.
    const synthetic = syntheticCatalogue(2000);
    const whole = buildSearchIndex(synthetic);
    const { all, read, load } = files(whole, synthetic);
    const docsFiles = [...all.keys()].filter((path) => path.startsWith('docs/'));
    const held = docsFiles.map((path) => (parseSearchFile(path, all.get(path)!) as { docs: unknown[] }).docs.length);
    expect(held.slice(0, -1).every((count) => count >= 64)).toBe(true);
    expect(held.reduce((sum, count) => sum + count, 0)).toBe(synthetic.length);
    const sharded = await openShardedSearch(load);
    for (const { q } of syntheticQueries(synthetic, 100, 5))
      await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 }));
    const docsRead = read.filter((path) => path.startsWith('docs/'));
    expect(docsRead.length).toBeGreaterThan(0);
    expect(new Set(docsRead).size).toBe(docsRead.length);
    expect(docsRead.length).toBeLessThanOrEqual(Math.ceil(synthetic.length / 64));
  }, 30_000);

  it('loads, between queries, a few at a time, the files no query has read yet, and then answers reading none', async () => {
    // Issue 16: at 10,000 entries, the searches of an isolate's first few hundred that read a file of the index
    // were its slowest; the time after a response (`waitUntil`) can load those files instead.
    const synthetic = syntheticCatalogue(2000);
    const whole = buildSearchIndex(synthetic);
    const reference = wholeLikeSharded(whole);
    const { all, read, load } = files(whole, synthetic);
    const parts = [...all.keys()].filter((path) => /^(?:words|docs)\//.test(path));
    const sharded = await openShardedSearch(load);
    const q = synthetic[1234]!.name;
    await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 }));
    const byQuery = read.filter((path) => parts.includes(path));
    expect(byQuery.length).toBeGreaterThan(0);
    // A few files each time, none read before, until every one is in.
    read.length = 0;
    expect(await sharded.prefetch(3)).toBe(3);
    expect(read).toHaveLength(3);
    let loaded = 3;
    for (let more = await sharded.prefetch(5); more > 0; more = await sharded.prefetch(5)) loaded += more;
    expect(loaded).toBe(parts.length - byQuery.length);
    expect(new Set([...byQuery, ...read]).size).toBe(parts.length);
    expect(read.every((path) => parts.includes(path) && !byQuery.includes(path))).toBe(true);
    // Then queries read no file of the index, and answer as the whole index does.
    read.length = 0;
    for (const { q } of syntheticQueries(synthetic, 20, 8)) {
      expect(await sharded.run((index) => searchWithIntent(index, sharded.sites, { q, limit: 10 })), q).toEqual(
        searchWithIntent(reference, synthetic, { q, limit: 10 }),
      );
    }
    expect(read.filter((path) => parts.includes(path))).toEqual([]);
  }, 30_000);

  it("reads every entry's kind, status and purpose scores from the head (and its lists) alone, as the whole index has them", async () => {
    for (const [index, from] of [
      [searchIndex, sites],
      [buildSearchIndex(syntheticCatalogue(300)), syntheticCatalogue(300)],
    ] as const) {
      const { read, load } = files(index, from);
      const sharded = await openShardedSearch(load);
      const meta = (docs: SearchIndex['docs']) =>
        docs.map(({ kind, status, purposes }) => ({ kind, status, purposes: { ...purposes } }));
      expect(await sharded.run((opened) => meta(opened.docs))).toEqual(meta(index.docs));
      expect(read).toEqual(['head.json', 'head.bin']);
      // What a result shows comes with the entry's docs file, and is empty before.
      expect(await sharded.run((opened) => [opened.docs[0]!.slug, opened.docs[0]!.name])).toEqual(['', '']);
    }
  });

  it("derives each field's forward index from its record, as the build makes it", () => {
    for (const index of [searchIndex, buildSearchIndex(syntheticCatalogue(300))]) {
      const { fields, forward, words } = index.candidates;
      expect(forward.some((entries) => entries.length > 0)).toBe(true);
      forward.forEach((entries, slot) =>
        expect(forwardIndex(index.fuse.records[(slot / fields) | 0]!, slot % fields, words), `slot ${slot}`).toEqual(
          entries,
        ),
      );
    }
    // So the docs files do not carry it.
    const docs = parseSearchFile('docs/0.json', searchShards(searchIndex, sites).get('docs/0.json')!) as object;
    expect(Object.keys(docs)).not.toContain('forward');
  });

  it('leaves the goal-word fields out of the docs files, and the Worker remakes them as the whole index has them', async () => {
    const goalFields = new Set(['core', 'good'].map((name) => String(FIELDS.findIndex((f) => f.name === name))));
    for (const [index, from] of [
      [searchIndex, sites],
      [buildSearchIndex(syntheticCatalogue(300)), syntheticCatalogue(300)],
    ] as const) {
      const { all, load } = files(index, from);
      // Each docs file holds its entries' records less those two fields, the rest as the whole index has it.
      let checked = 0;
      for (const [path, text] of all) {
        const n = /^docs\/(\d+)\.json$/.exec(path)?.[1];
        if (n === undefined) continue;
        (parseSearchFile(path, text) as { records: IndexRecord[] }).records.forEach((record, k) => {
          const whole = index.fuse.records[Number(n) * DOCS_PER_SHARD + k]!;
          const rest = Object.fromEntries(Object.entries(whole.$ ?? {}).filter(([field]) => !goalFields.has(field)));
          expect(record, `${path} record ${k}`).toEqual({ ...whole, $: rest });
          checked++;
        });
      }
      expect(checked).toBe(index.fuse.records.length);
      // The build had them: the test checks something.
      expect(index.fuse.records.some((r) => [...goalFields].every((field) => r.$?.[Number(field)]))).toBe(true);
      // Opened as the Worker opens them, once every entry has been asked for, every record is the whole index's,
      // the remade fields (text and norm) included.
      const sharded = await openShardedSearch(load);
      const opened = await sharded.run((i) => i);
      for (const { name } of from) await sharded.run((i) => search(i, { q: name, limit: 1 }));
      expect(opened.fuse.records).toEqual(index.fuse.records);
    }
  });

  it("loads a misspelt name's spelling variants together, and its results' sites in one round", async () => {
    const synthetic = syntheticCatalogue(2000);
    const whole = buildSearchIndex(synthetic);
    const reference = wholeLikeSharded(whole);
    // Names typed with two letters swapped: no site matches well at first, so the variants that bring a word
    // nearer are searched.
    const swapped = synthetic
      .slice(100, 112)
      .map((s) => s.name.toLowerCase().replace(/ .*/, ''))
      .filter((n) => n.length >= 5)
      .map((n) => n[1]! + n[0]! + n.slice(2, -2) + n.at(-1)! + n.at(-2)!);
    expect(swapped.length).toBeGreaterThan(5);
    for (const q of swapped) {
      // A fresh isolate each time: every file the query needs is read.
      const sharded = await openShardedSearch(files(whole, synthetic).load);
      let asked = 0;
      const answer = await sharded.run((index) => {
        asked++;
        return searchWithIntent(index, sharded.sites, { q, limit: 10 });
      });
      expect(answer, q).toEqual(searchWithIntent(reference, synthetic, { q, limit: 10 }));
      // The names file, words, records (twice at most), the results' sites, then the answer; one round per
      // variant (or per result's site) would take twice as many.
      expect(asked, q).toBeLessThanOrEqual(8);
    }
  }, 30_000);

  it("recommends and lists directories from the columns and the shown sites' docs files, never reading sites.json", async () => {
    const synthetic = syntheticCatalogue(2000);
    const whole = buildSearchIndex(synthetic);
    const reference = wholeLikeSharded(whole);
    const queries = [
      'find investors',
      'business referrals',
      'networking for nurses',
      'nurses',
      'free',
      'online only',
      'freelancers',
      'social network',
      'find clients in germany',
      'referral group',
      // A site's name: the answer is names.
      synthetic[0]!.name,
    ];
    const kinds = new Set<string>();
    // Filtered as the search page filters (a kind, a purpose served well): every ranked site is tested, from the table.
    const filters = [{}, { kind: 'business' as const }, { kind: 'social' as const, purpose: 'friends' as const }];
    for (const [q, filter] of queries.flatMap((q) => filters.map((f) => [q, f] as const))) {
      // A fresh isolate for each query: every file it needs is read.
      const { read, load } = files(whole, synthetic);
      const sharded = await openShardedSearch(load);
      const query = { q, limit: 10, ...filter };
      const answer = await sharded.run((index) => searchWithIntent(index, sharded.sites, query));
      expect(answer, q).toEqual(searchWithIntent(reference, synthetic, query));
      kinds.add(answer.intent.kind);
      expect(read, q).not.toContain('sites.json');
      // A ranking of every site: from the columns and the own-words index, and the docs files of the sites shown.
      if (answer.intent.kind === 'recommend' || answer.intent.kind === 'directory')
        expect(read.filter((path) => path.startsWith('columns.')).sort(), q).toEqual(['columns.bin', 'columns.json']);
    }
    expect([...kinds].sort()).toEqual(['directory', 'names', 'recommend']);
  }, 30_000);

  it('reads sites.json once a query reads more of the list than it shows, with the same answers as the whole list', async () => {
    // Enough entries that a query's own search reads only part of the docs files (each holds 64).
    const synthetic = syntheticCatalogue(6000);
    const whole = buildSearchIndex(synthetic);
    const reference = wholeLikeSharded(whole);
    const { read, load } = files(whole, synthetic);
    const sharded = await openShardedSearch(load);
    // A group said ("as a woman") reads every site's eligibility.
    const asked = [
      { q: 'find investors', limit: 10 },
      { q: 'as a woman', limit: 10 },
      { q: 'find investors', kind: 'social' as const, purpose: 'friends' as const, limit: 10 },
      { q: 'business referrals', limit: 10 },
      { q: synthetic[1500]!.name, limit: 10 },
    ];
    for (const query of asked) {
      expect(await sharded.run((index) => searchWithIntent(index, sharded.sites, query)), query.q).toEqual(
        searchWithIntent(reference, synthetic, query),
      );
    }
    expect(read.filter((path) => path === 'sites.json')).toEqual(['sites.json']);
  }, 30_000);

  it('keeps in sites.json only what reading an intent needs, and reads back the same answers', async () => {
    const stored = parseSearchFile('sites.json', searchShards(searchIndex, sites).get('sites.json')!) as Parameters<
      typeof fromIntentSites
    >[0];
    const slim = stored[0]!;
    expect(Object.keys(slim)).not.toContain('body');
    expect(Object.keys(slim)).not.toContain('sources');
    expect(slim.pricing).toEqual({ model: sites[0]!.pricing.model });
    const back = fromIntentSites(stored);
    expect(back.map((s) => s.purposes)).toEqual(
      sites.map((s) => Object.fromEntries(Object.entries(s.purposes).map(([p, { score }]) => [p, { score }]))),
    );
    for (const q of ['find investors', 'networking for nurses in Germany', 'make friends in Porto', 'linkedin']) {
      expect(searchWithIntent(searchIndex, back, { q, limit: 10 }), q).toEqual(
        searchWithIntent(searchIndex, sites, { q, limit: 10 }),
      );
    }
  });
});

describe("the whole list's columns, made at build time (columns.json, columns.bin)", () => {
  it('give the recommender and the name lookup what they would make from the list, read from the file, not made', async () => {
    const synthetic = syntheticCatalogue(500);
    for (const [index, from] of [
      [searchIndex, sites],
      [buildSearchIndex(synthetic), synthetic],
    ] as const) {
      const { all, read, load } = files(index, from);
      const sharded = await openShardedSearch(load);
      // Every entry read (from the docs files, or past a few dozen of them from sites.json).
      const list = await sharded.run(() => {
        const listed = sharded.sites.all();
        lookUpAll([...listed.keys()], (k) => listed[k]!.slug);
        return sharded.sites.all();
      });
      expect(read).toContain('columns.bin');
      // Views of the file's bytes: given, not made from the list.
      expect(siteTable(list).scores.buffer).toBe((all.get('columns.bin') as Uint8Array).buffer);
      // A copy of the list holds the same sites; its columns and names are made from them (once per array).
      const copy = [...list];
      expect(siteTable(list)).toEqual(siteTable(copy));
      for (const field of PROFESSIONS.keys()) expect(fieldColumn(list, field), field).toEqual(fieldColumn(copy, field));
      const codes = new Set(
        copy.flatMap((s) => [
          ...(s.countries === 'global' ? [] : s.countries),
          ...s.absentIn,
          ...(s.littleUsedIn ?? []).map((l) => l.country),
        ]),
      );
      // The synthetic entries are all worldwide; the real ones list countries, are absent from some, little used in some.
      if (from === sites) expect(codes.size).toBeGreaterThan(5);
      for (const code of [...codes, 'ZZ', 'AQ'])
        expect(countryColumn(list, code), code).toEqual(countryColumn(copy, code));
      const given = siteSource(list);
      const made = siteSource(copy);
      const names = new Set(copy.flatMap(foldedNamesOf));
      for (const name of [...names, ...[...names].map((n) => `${n}x`), 'zzzz nothing', '', 'a', '\uffff'])
        expect(given.named(name)?.slug, name).toBe(made.named(name)?.slug);
      for (const slug of [...copy.map((s) => s.slug), 'zzzz', '', '0', 'linkedin-x'])
        expect(given.bySlug(slug), slug).toBe(made.bySlug(slug));
    }
  }, 30_000);

  it('look a slug or a name up reading a few sites, not every one (no map of the whole list made)', () => {
    const catalogue = syntheticCatalogue(2000);
    let reads = 0;
    const counted = new Set(['slug', 'name', 'aliases']);
    const list = catalogue.map(
      (site) =>
        new Proxy(site, {
          get(target, key, receiver) {
            if (typeof key === 'string' && counted.has(key)) reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const { text, ends, sites: at, bySlug } = buildLookupColumns(catalogue);
    useLookupColumns(list, { text, ends, sites: at, bySlug });
    const source = siteSource(list);
    for (const site of catalogue.slice(0, 20)) {
      expect(source.bySlug(site.slug)?.slug).toBe(site.slug);
      expect(source.named(foldedNamesOf(site)[1]!)).toBe(list[catalogue.indexOf(site)]);
    }
    expect(source.bySlug('no-such-site')).toBeUndefined();
    // A binary search reads about log2(n) slugs per lookup (and one more per answer above); a map reads them all.
    expect(reads).toBeLessThan(21 * (Math.log2(catalogue.length) + 2));
  });
});

describe('word ids packed as text (own-words.json)', () => {
  it('read back as the same ascending ids, in less space than JSON', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 300 }), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        const packed = packIds(sorted);
        expect(unpackIds(packed)).toEqual(sorted);
        expect(packed.length).toBeLessThanOrEqual(JSON.stringify(sorted).length);
      }),
    );
  });
});

describe("the head's lists of numbers as a binary file", () => {
  it('read back as the same lists, each as narrow as its values allow', () => {
    const uint = fc.oneof(fc.nat({ max: 0xffff }), fc.nat({ max: 0xffff_ffff }));
    fc.assert(
      fc.property(fc.array(fc.array(uint, { maxLength: 50 }), { maxLength: 6 }), (lists) => {
        const bytes = packUints(lists);
        const back = unpackUints(bytes.slice().buffer);
        expect(back.map((list) => [...list])).toEqual(lists);
        back.forEach((list, k) => expect(list.BYTES_PER_ELEMENT).toBe(lists[k]!.every((v) => v <= 0xffff) ? 2 : 4));
        // Bytes starting anywhere in a larger buffer (a Node Buffer from a pool) read the same.
        const shifted = new Uint8Array(bytes.length + 3);
        shifted.set(bytes, 3);
        expect(unpackUints(shifted.subarray(3)).map((list) => [...list])).toEqual(lists);
      }),
    );
  });

  it('writes a typed array at its own width (one byte for a Uint8Array), read back as the same type', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 0xff }), { maxLength: 30 }),
        fc.array(fc.nat({ max: 0xffff }), { maxLength: 30 }),
        fc.array(fc.nat({ max: 0xffff_ffff }), { maxLength: 30 }),
        (bytes, shorts, words) => {
          const lists = [
            Uint8Array.from(bytes),
            Uint16Array.from(bytes),
            Uint32Array.from(shorts),
            Uint8Array.from(bytes),
            words,
          ];
          const back = unpackUints(packUints(lists));
          expect(back.map((list) => list.constructor)).toEqual([
            Uint8Array,
            Uint16Array,
            Uint32Array,
            Uint8Array,
            words.every((v) => v <= 0xffff) ? Uint16Array : Uint32Array,
          ]);
          expect(back.map((list) => [...list])).toEqual(lists.map((list) => [...list]));
        },
      ),
    );
  });

  it('refuses what it cannot have written: numbers that are not unsigned 32-bit integers, files cut short', () => {
    for (const bad of [-1, 0.5, 2 ** 32, Number.NaN]) expect(() => packUints([[1, bad]])).toThrow(RangeError);
    const bytes = packUints([[1, 2, 3], [70_000]]);
    expect(() => unpackUints(bytes.slice(0, bytes.length - 4))).toThrow(/length|list/);
    expect(() => unpackUints(new Uint8Array(8))).toThrow(/not a file/);
  });

  it("hold the Worker's trigrams: every trigram of the index, read back as the same record", () => {
    const all = searchShards(searchIndex, sites);
    const head = parseSearchFile('head.json', all.get('head.json')!) as { grams: string };
    const [ends, ids] = unpackUints(all.get('head.bin') as Uint8Array);
    const record = trigramRecord({ grams: head.grams, ends: ends!, ids: ids! });
    expect(Object.keys(record).sort()).toEqual(Object.keys(searchIndex.candidates.trigrams).sort());
    for (const [gram, list] of Object.entries(searchIndex.candidates.trigrams)) {
      expect(Object.hasOwn(record, gram), gram).toBe(true);
      expect([...record[gram]!], gram).toEqual([...list]);
    }
  });

  it("hold the Worker's weights: each the very number the whole index has", () => {
    const all = searchShards(searchIndex, sites);
    const milli = unpackUints(all.get('head.bin') as Uint8Array)[2]!;
    const weights = weightsFromMilli(milli);
    expect(weights.length).toBe(searchIndex.candidates.weights.length);
    searchIndex.candidates.weights.forEach((w, slot) => expect(weights[slot], String(slot)).toBe(w));
    // Any weight rounded to thousandths, as the index rounds them, comes back exactly.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 4000, noNaN: true }), (x) => {
        const w = Math.round(x * 1000) / 1000;
        expect(weightsFromMilli(weightsToMilli([w]))[0]).toBe(w);
      }),
    );
  });

  it('as a record view: the same entries as the record packed, nothing else, read-only', () => {
    // Trigrams of any code units (names in other scripts, the padding space), each exactly three.
    const gram = fc.string({
      unit: fc.oneof(
        fc.constantFrom(' ', 'a', 'b', 'z', '0', '9', 'é', '中'),
        fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      ),
      minLength: 3,
      maxLength: 3,
    });
    const ids = fc
      .uniqueArray(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 20 })
      .map((list) => list.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.dictionary(gram, ids, { maxKeys: 60 }), gram, (trigrams, other) => {
        const packed = packTrigrams(trigrams);
        const [ends, list] = unpackUints(packUints([packed.ends, packed.ids]));
        for (const record of [trigramRecord(packed), trigramRecord({ grams: packed.grams, ends: ends!, ids: list! })]) {
          expect(Object.fromEntries(Object.entries(record).map(([g, found]) => [g, [...found]]))).toEqual(trigrams);
          for (const [g, want] of Object.entries(trigrams)) expect([...record[g]!]).toEqual(want);
          expect(Object.hasOwn(record, other)).toBe(Object.hasOwn(trigrams, other));
          expect(other in record).toBe(Object.hasOwn(trigrams, other));
          expect(Object.hasOwn(record, 'toString')).toBe(false);
          expect(() => Object.assign(record, { abc: [1] })).toThrow(TypeError);
        }
      }),
    );
  });
});

describe('the search files as ASCII JSON', () => {
  it('parse back to the same value, whatever its characters', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = asciiJson(value);
        expect(text).toMatch(/^[^\u0080-\uffff]*$/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('are every file of the real catalogue, which names sites in other scripts', () => {
    const all = searchShards(searchIndex, sites);
    // The catalogue has letters beyond ASCII, so the escaping is needed (and tested) at all.
    expect(sites.some((s) => /[\u0080-\uffff]/.test(s.name + s.aliases.join(' ')))).toBe(true);
    for (const [path, text] of all) if (typeof text === 'string') expect(text, path).toMatch(/^[^\u0080-\uffff]*$/);
  });
});
