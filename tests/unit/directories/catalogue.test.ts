import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { availableIn, isGlobal, listedCountries, littleUsedIn, REGIONAL_MAX } from '#src/catalogue/countries.ts';
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

  it('lists, on every country page, exactly the running sites available and used there, national ones first; those little used there apart', () => {
    for (const code of countriesWithPages(sites)) {
      const { national, global, wrongThere } = rankForCountry(code, sites);
      const expected = running
        .filter((s) => availableIn(s, code) && littleUsedIn(s, code) === undefined)
        .map((s) => s.slug)
        .sort();
      expect([...national, ...global].map((s) => s.slug).sort(), code).toEqual(expected);
      // Made for the country: it lists it among a few; the others used there are worldwide or list many countries.
      for (const s of national) {
        expect(listedCountries(s), `${code}: ${s.slug}`).toContain(code);
        expect(listedCountries(s).length, `${code}: ${s.slug}`).toBeLessThanOrEqual(REGIONAL_MAX);
      }
      for (const s of global) expect(isGlobal(s) || listedCountries(s).length > REGIONAL_MAX, s.slug).toBe(true);
      expect(isSorted(national) && isSorted(global), code).toBe(true);
      for (const { site, reason } of wrongThere)
        expect(availableIn(site, code) && littleUsedIn(site, code) !== undefined, `${code}: ${site.slug}`).toBe(
          reason === 'little-used',
        );
      const little = running.filter((s) => littleUsedIn(s, code) !== undefined).map((s) => s.slug);
      expect(
        wrongThere.filter((w) => w.reason === 'little-used').map((w) => w.site.slug),
        code,
      ).toEqual(expect.arrayContaining(little));
    }
  });

  it('has a page for every country an entry is made for, excludes or says is little used, and no other', () => {
    const madeFor = (s: (typeof sites)[number]) =>
      listedCountries(s).length <= REGIONAL_MAX ? listedCountries(s) : [];
    const named = new Set(
      sites.flatMap((s) => [...madeFor(s), ...s.absentIn, ...(s.littleUsedIn ?? []).map((l) => l.country)]),
    );
    expect(new Set(countriesWithPages(sites))).toEqual(named);
  });
});
