import { describe, expect, it } from 'vitest';
import { sites as catalogue } from 'virtual:networkwise/catalogue';
import {
  LIST_LIMIT,
  PRERENDER_LIMIT,
  byPrerenderPriority,
  capList,
  parsePrerenderLimit,
  prerenderedSites,
} from '#src/catalogue/prerender.ts';
import { reachRank } from '#src/catalogue/taxonomy.ts';
import { pickerSites } from '#src/features/compare/rules/picker.ts';
import { syntheticCatalogue } from '../../support/synthetic-catalogue.ts';

describe('which entries get prerendered pages (src/catalogue/prerender.ts)', () => {
  it('prerenders every entry while the catalogue has at most PRERENDER_LIMIT', () => {
    expect(catalogue.length).toBeLessThanOrEqual(PRERENDER_LIMIT);
    expect(prerenderedSites(catalogue, PRERENDER_LIMIT)).toEqual(catalogue);
    expect(prerenderedSites(catalogue, catalogue.length)).toEqual(catalogue);
  });

  it('beyond it, prerenders the first N by reach band, then name, in catalogue order', () => {
    const head = prerenderedSites(catalogue, 50);
    expect(head).toHaveLength(50);
    // Catalogue order is kept (getStaticPaths and the tail both follow it).
    expect(head.map((s) => catalogue.indexOf(s))).toEqual(head.map((s) => catalogue.indexOf(s)).sort((a, b) => a - b));
    const tail = catalogue.filter((s) => !head.includes(s));
    const worstHead = [...head].sort(byPrerenderPriority).at(-1)!;
    for (const site of tail) expect(byPrerenderPriority(worstHead, site)).toBeLessThan(0);
    const bestTail = Math.min(...tail.map(reachRank));
    expect(Math.max(...head.map(reachRank))).toBeLessThanOrEqual(bestTail);
  });

  it('at 10,000 entries, prerenders PRERENDER_LIMIT of them, the same set whatever the input order', () => {
    const big = syntheticCatalogue(10_000);
    const head = prerenderedSites(big, PRERENDER_LIMIT);
    expect(head).toHaveLength(PRERENDER_LIMIT);
    const shuffled = [...big].reverse();
    expect(new Set(prerenderedSites(shuffled, PRERENDER_LIMIT).map((s) => s.slug))).toEqual(
      new Set(head.map((s) => s.slug)),
    );
  });

  it('reads the build override NETWORKWISE_PRERENDER_LIMIT', () => {
    expect(parsePrerenderLimit(undefined)).toBe(PRERENDER_LIMIT);
    expect(parsePrerenderLimit('')).toBe(PRERENDER_LIMIT);
    expect(parsePrerenderLimit('50')).toBe(50);
    expect(parsePrerenderLimit('0')).toBe(0);
    for (const bad of ['-1', '1.5', 'many'])
      expect(() => parsePrerenderLimit(bad)).toThrow(/NETWORKWISE_PRERENDER_LIMIT/);
  });
});

describe('lists longer than LIST_LIMIT (src/catalogue/prerender.ts)', () => {
  it('leaves a list of up to LIST_LIMIT whole and cuts one past it, counting the rest', () => {
    // By default, on both sides of LIST_LIMIT, whatever the size of today's catalogue.
    const atLimit = syntheticCatalogue(LIST_LIMIT);
    expect(capList(atLimit)).toEqual({ shown: atLimit, hidden: 0 });
    const past = syntheticCatalogue(LIST_LIMIT + 3);
    expect(capList(past)).toEqual({ shown: past.slice(0, LIST_LIMIT), hidden: 3 });
    // The real catalogue, with the limit just at and just under its size.
    expect(capList(catalogue, catalogue.length)).toEqual({ shown: catalogue, hidden: 0 });
    expect(capList(catalogue, catalogue.length - 1)).toEqual({ shown: catalogue.slice(0, -1), hidden: 1 });
  });

  it('keeps the first `limit` items in order and counts the rest', () => {
    const list = syntheticCatalogue(40);
    const { shown, hidden } = capList(list, 15);
    expect(shown).toEqual(list.slice(0, 15));
    expect(hidden).toBe(25);
    expect(capList(list, 40)).toEqual({ shown: list, hidden: 0 });
    expect(capList([], 3)).toEqual({ shown: [], hidden: 0 });
  });
});

describe('the compare picker’s menus (src/features/compare/rules/picker.ts)', () => {
  it('offers every entry while the catalogue fits in LIST_LIMIT, and leaves the rest out one past it', () => {
    const atLimit = syntheticCatalogue(LIST_LIMIT);
    expect(pickerSites(atLimit, [atLimit.at(-1)!.slug])).toEqual({ sites: atLimit, left: 0 });
    const past = syntheticCatalogue(LIST_LIMIT + 1);
    const cut = pickerSites(past, [past.at(-1)!.slug]);
    expect(cut.sites).toHaveLength(LIST_LIMIT);
    expect(cut.left).toBe(1);
    expect(cut.sites[0]!.slug).toBe(past.at(-1)!.slug);
  });

  it('on the real catalogue, offers it whole at a limit of its size and cuts it one under', () => {
    expect(pickerSites(catalogue, ['linkedin'], catalogue.length)).toEqual({ sites: catalogue, left: 0 });
    const last = [...catalogue].sort(byPrerenderPriority).at(-1)!;
    const cut = pickerSites(catalogue, ['linkedin'], catalogue.length - 1);
    expect(cut.left).toBe(1);
    expect(cut.sites.map((s) => s.slug)).not.toContain(last.slug);
    // A chosen site stays in the menus even when it is the one the limit would drop.
    const chosen = pickerSites(catalogue, [last.slug], catalogue.length - 1);
    expect(chosen.sites[0]).toBe(last);
    expect(chosen.left).toBe(1);
  });

  it('past the limit, offers the chosen sites and then the first by prerender order, and counts the others', () => {
    const big = syntheticCatalogue(300);
    const chosen = [big.at(-1)!.slug, big.at(-2)!.slug];
    const { sites, left } = pickerSites(big, chosen, 20);
    expect(sites).toHaveLength(20);
    expect(left).toBe(280);
    expect(
      sites
        .slice(0, 2)
        .map((s) => s.slug)
        .sort(),
    ).toEqual([...chosen].sort());
    expect(sites.slice(2)).toEqual(
      big
        .filter((s) => !chosen.includes(s.slug))
        .sort(byPrerenderPriority)
        .slice(0, 18),
    );
  });
});
