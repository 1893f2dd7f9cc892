import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { availableIn, isGlobal, listedCountries } from '#src/catalogue/countries.ts';
import { POPULAR_SITES } from '#src/catalogue/popular.ts';
import {
  countriesWithPages,
  directoryOrder,
  fieldsWithSites,
  rankForCountry,
  rankForField,
} from '#src/features/directories/index.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';

// The real catalogue, whatever it holds today: the rules must hold for every entry.
const sites = loadEntries(readCatalogueFiles(`${import.meta.dirname}/../../..`));
const running = sites.filter((s) => s.status !== 'closed');
const isSorted = (list: readonly (typeof sites)[number][]) =>
  list.every((s, i) => i === 0 || directoryOrder(list[i - 1]!, s) <= 0);

describe('the directories over the real catalogue', () => {
  it('gives every field page its running sites, each with a reason, best first', () => {
    for (const field of fieldsWithSites(sites)) {
      const { serving, closed, popularButWrong } = rankForField(field, sites);
      expect(serving.length + closed.length, field).toBeGreaterThan(0);
      expect(isSorted(serving), field).toBe(true);
      for (const s of serving) expect(s.fields[field], `${field}: ${s.slug}`).toBeTruthy();
      for (const { site, why } of popularButWrong) {
        expect(POPULAR_SITES).toContain(site.slug);
        expect(site.fields[field]).toBeUndefined();
        expect(why.length).toBeGreaterThan(20);
      }
    }
  });

  it('lists, on every country page, exactly the running sites available there, national ones first', () => {
    for (const code of countriesWithPages(sites)) {
      const { national, global, wrongThere } = rankForCountry(code, sites);
      const expected = running
        .filter((s) => availableIn(s, code))
        .map((s) => s.slug)
        .sort();
      expect([...national, ...global].map((s) => s.slug).sort(), code).toEqual(expected);
      for (const s of national) expect(listedCountries(s), `${code}: ${s.slug}`).toContain(code);
      for (const s of global) expect(isGlobal(s)).toBe(true);
      expect(isSorted(national) && isSorted(global), code).toBe(true);
      for (const { site } of wrongThere) expect(availableIn(site, code), `${code}: ${site.slug}`).toBe(false);
    }
  });

  it('has a page for every country an entry lists or excludes, and no other', () => {
    const named = new Set(sites.flatMap((s) => [...listedCountries(s), ...s.absentIn]));
    expect(new Set(countriesWithPages(sites))).toEqual(named);
  });
});
