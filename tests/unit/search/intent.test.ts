import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';
import { buildSearchIndex } from '#src/features/search/rules/search.ts';
import { syntheticCatalogue, syntheticQueries } from '../../support/synthetic-catalogue.ts';

const ask = (q: string, limit = 10) => searchWithIntent(searchIndex, sites, { q, limit });
const active = sites.filter((s) => s.status !== 'closed');
// Two running sites that list each other: a comparison any catalogue can make.
const [a, b] = (() => {
  for (const s of active) {
    const other = active.find((o) => s.alternatives.includes(o.slug) && o.alternatives.includes(s.slug));
    if (other) return [s, other];
  }
  throw new Error('no pair of running alternatives in the catalogue');
})();

describe('search understands intent', () => {
  it.each(['vs', 'versus', 'or', 'VS'])('"A %s B" in either order leads to the comparison', (word) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const answer = ask(`${x.name} ${word} ${y.name}`);
      expect(answer.intent.kind).toBe('compare');
      expect(answer.intent.href).toBe(`/compare/?sites=${x.slug},${y.slug}`);
      expect(answer.results.map((r) => r.slug)).toEqual([x.slug, y.slug]);
    }
  });

  it.each(['alternatives to %s', '%s alternatives', 'sites like %s'])(
    '"%s" leads to the alternatives, closed ones left out',
    (pattern) => {
      const answer = ask(pattern.replace('%s', a.name));
      expect(answer.intent.kind).toBe('alternatives');
      const expected = a.alternatives.filter((slug) => active.some((s) => s.slug === slug));
      expect(answer.results.map((r) => r.slug)).toEqual(expected.slice(0, 10));
    },
  );

  it('answers goal words with a recommendation whose every result serves the goal, and says why', () => {
    const answer = ask('find a job');
    expect(answer.intent.kind).toBe('recommend');
    expect(answer.intent.href).toMatch(/^\/quiz\/results\/\?goals=hiring/);
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) {
      expect(r.purposes).toContain('hiring');
      expect(r.why).toMatch(/jobs and hiring/);
    }
  });

  it('answers a profession with the sites built for it first, then general platforms with a reason, or says none is', () => {
    const fields = new Set(active.flatMap((s) => Object.keys(s.fields)));
    const answer = ask('nurses', 50);
    const builtFor = answer.results.map((r) => sites.find((s) => s.slug === r.slug)!.fields.nursing !== undefined);
    if (fields.has('nursing')) {
      expect(answer.intent.kind).toBe('directory');
      expect(builtFor[0]).toBe(true);
      // Every nursing site before every other one: the profession's own networks lead.
      expect(builtFor.lastIndexOf(true)).toBeLessThan(builtFor.indexOf(false));
    } else {
      expect(answer.intent.text).toMatch(/No site in the catalogue is built for nursing/);
    }
    const general = answer.results.filter((_, i) => !builtFor[i]);
    expect(general.length).toBeGreaterThan(0);
    for (const r of general) {
      expect(sites.find((s) => s.slug === r.slug)!.status).not.toBe('closed');
      expect(r.purposes).toContain('peer-ideas');
      expect(r.why).toMatch(/ideas with peers/);
    }
  });

  it("lists a profession's own sites used worldwide before national ones when no country is named", () => {
    const field = [...new Set(active.flatMap((s) => Object.keys(s.fields)))].find(
      (f) =>
        active.some((s) => s.fields[f as never] !== undefined && s.countries === 'global') &&
        active.some((s) => s.fields[f as never] !== undefined && s.countries !== 'global'),
    );
    if (field === undefined) return;
    const answer = ask(field, 50);
    expect(answer.intent.kind).toBe('directory');
    const own = answer.results.filter(
      (r) => sites.find((s) => s.slug === r.slug)!.fields[field as never] !== undefined,
    );
    const national = own.map((r) => sites.find((s) => s.slug === r.slug)!.countries !== 'global');
    expect(national.indexOf(true)).toBeGreaterThan(national.lastIndexOf(false));
  });

  it('lifts, within a recommendation, the sites that say the rarer words of the query in their own description', () => {
    const answer = ask('meet expats abroad');
    expect(answer.intent.kind).toBe('recommend');
    const first = answer.results[0]!;
    expect(first.why).toMatch(/^says “/);
    expect(first.tagline.toLowerCase()).toMatch(/expat|abroad/);
    // Plain goal words are already weighed by the recommendation: they lift nothing.
    for (const r of ask('make friends').results) expect(r.why).not.toMatch(/^says/);
  });

  it('never lists a closed site for a goal, and puts a named closed site first', () => {
    const closed = sites.find((s) => s.status === 'closed')!;
    expect(ask('friends').results.some((r) => sites.find((s) => s.slug === r.slug)!.status === 'closed')).toBe(false);
    expect(ask(closed.name).results[0]?.slug).toBe(closed.slug);
  });

  it('tolerates swapped letters in a name', () => {
    const name = a.name.toLowerCase().replace(/[^a-z]/g, '');
    const swapped = name.slice(0, 2) + name[3] + name[2] + name.slice(4);
    expect(ask(swapped).results[0]?.slug).toBe(a.slug);
  });

  it('answers a profession and a place ("a site for <profession>") like the profession alone: its own networks first', () => {
    const field = [...new Set(active.flatMap((s) => Object.keys(s.fields)))].find((f) => f === 'nursing');
    if (field === undefined) return;
    const answer = ask('site for nurses', 50);
    expect(answer.intent.kind).toBe('directory');
    const own = answer.results.map((r) => sites.find((s) => s.slug === r.slug)!.fields.nursing !== undefined);
    expect(own[0]).toBe(true);
    expect(own.lastIndexOf(true)).toBeLessThan(own.indexOf(false));
  });

  it('answers who someone is ("sites for freelancers") with the sites made for them, none closed', () => {
    const answer = ask('sites for freelancers', 50);
    expect(answer.intent.kind).toBe('directory');
    expect(answer.intent.text).toMatch(/made for freelancers/);
    const expected = active.filter((s) => s.audiences.includes('freelancers')).length;
    expect(answer.total).toBe(expected);
    for (const r of answer.results) {
      const site = sites.find((s) => s.slug === r.slug)!;
      expect(site.audiences).toContain('freelancers');
      expect(site.status).not.toBe('closed');
      expect(r.why).toMatch(/made for freelancers/);
    }
  });

  it('drops faint name matches: gibberish finds nothing', () => {
    expect(ask('zzqxj wvkq').results).toEqual([]);
  });
});

describe('recommendations and directories list their best results without ranking the rest', () => {
  it('show the first results of the whole ranking, with the same total, on a synthetic catalogue', () => {
    const synthetic = syntheticCatalogue(1500);
    const index = buildSearchIndex(synthetic);
    const queries = [
      'find investors',
      'business contacts',
      'make friends',
      'networking for nurses',
      'nurses',
      'lawyers in germany',
      'germany',
      'freelancer platform',
      'jobs for developers',
      'meet people nearby',
      ...syntheticQueries(synthetic, 120, 5).map((x) => x.q),
    ];
    const kinds = new Set<string>();
    for (const q of queries) {
      // Asking for every result ranks every site; asking for a few takes the first of them.
      const whole = searchWithIntent(index, synthetic, { q, limit: synthetic.length });
      if (whole.intent.kind !== 'recommend' && whole.intent.kind !== 'directory') continue;
      kinds.add(whole.intent.kind);
      for (const limit of [1, 5, 10, 40]) {
        const few = searchWithIntent(index, synthetic, { q, limit });
        expect(few.total, q).toBe(whole.total);
        expect(few.results, `${q} (${limit})`).toEqual(whole.results.slice(0, limit));
      }
    }
    expect([...kinds].sort()).toEqual(['directory', 'recommend']);
  }, 60_000);
});
